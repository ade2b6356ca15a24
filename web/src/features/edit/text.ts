// The edit mode's text in Dutch and English.
import type { Lang } from '../../state';
import type { CommitOutcome } from './answers';
import type { DocumentKind, FormError, FormId, MembershipAction } from './producers';

const TEXT = {
  title: { nl: 'Bewerken', en: 'Edit' },
  intro: {
    nl: 'Leg wijzigingen in het CIO-stelsel van dit ministerie vast, elk met de bron die ze onderbouwt. Ze worden pas opgeslagen bij vastleggen.',
    en: "Record changes in this ministry's CIO-stelsel, each with the source that supports it. Nothing is saved until you commit.",
  },
  version: { nl: 'Versie', en: 'Version' },
  forms: { nl: 'Wijziging toevoegen', en: 'Add a change' },
  add: { nl: 'Toevoegen aan wijzigingen', en: 'Add to pending changes' },
  // the source fieldset
  source: { nl: 'Bron (verplicht)', en: 'Source (required)' },
  docKind: { nl: 'Soort document', en: 'Kind of document' },
  docTitle: { nl: 'Titel', en: 'Title' },
  docAuthor: { nl: 'Uitgegeven door', en: 'Issued by' },
  docDate: { nl: 'Datum', en: 'Date' },
  docKenmerk: { nl: 'Kenmerk (optioneel)', en: 'Reference (optional)' },
  docLocator: {
    nl: 'Vindplaats (artikel, paragraaf; optioneel)',
    en: 'Where in it (article, section; optional)',
  },
  // the forms
  form_cio: { nl: 'Decentrale CIO met organisatie', en: 'Decentral CIO with organisation' },
  form_cxo: { nl: 'CxO-rol plaatsen of verplaatsen', en: 'Place or move a CxO role' },
  form_reports: { nl: 'Rapportagelijn', en: 'Reporting line' },
  form_membership: { nl: 'Lidmaatschap of voorzitterschap', en: 'Membership or chair' },
  form_fact: { nl: 'Feit vastleggen', en: 'Set a fact' },
  organisation: { nl: 'Naam organisatie', en: 'Organisation name' },
  abbreviation: { nl: 'Afkorting', en: 'Abbreviation' },
  organisationType: { nl: 'Soort organisatie', en: 'Kind of organisation' },
  cioName: { nl: 'Naam van de CIO-rol', en: 'Name of the CIO role' },
  reportsTo: { nl: 'Rapporteert aan', en: 'Reports to' },
  body: { nl: 'Gremium', en: 'Body' },
  none: { nl: '(geen)', en: '(none)' },
  role: { nl: 'Rol', en: 'Role' },
  newRole: { nl: '(nieuwe CxO-rol)', en: '(new CxO role)' },
  newType: { nl: 'Soort nieuwe rol', en: 'Kind of new role' },
  newName: { nl: 'Naam nieuwe rol', en: 'Name of the new role' },
  host: { nl: 'Ondergebracht bij', en: 'Hosted by' },
  placement: { nl: 'Positionering', en: 'Placement' },
  placementAuto: { nl: '(volgt uit de plek)', en: '(follows from the host)' },
  to: { nl: 'Rapporteert voortaan aan', en: 'Reports from now on to' },
  action: { nl: 'Wat', en: 'What' },
  node: { nl: 'Record', en: 'Record' },
  property: { nl: 'Feit', en: 'Fact' },
  value: { nl: 'Waarde (ja/nee, getal of tekst)', en: 'Value (yes/no, number or text)' },
  // pending
  pending: { nl: 'Wijzigingen in behandeling', en: 'Pending changes' },
  noPending: { nl: 'Nog geen wijzigingen.', en: 'No changes yet.' },
  remove: { nl: 'Verwijderen', en: 'Remove' },
  removeOf: { nl: 'Verwijder wijziging', en: 'Remove change' },
  previewName: { nl: 'Wijzigingen in behandeling', en: 'Pending changes' },
  previewDescription: {
    nl: 'Voorbeeld: de grafiek en elke analyse na de wijzigingen die nog niet zijn vastgelegd.',
    en: 'Preview: the graph and every analysis after the changes not committed yet.',
  },
  previewFailed: { nl: 'Voorbeeld kan niet worden berekend', en: 'The preview cannot be computed' },
  // commit
  commit: { nl: 'Vastleggen', en: 'Commit' },
  reason: { nl: 'Waarom (verplicht)', en: 'Why (required)' },
  token: { nl: 'Token', en: 'Token' },
  tokenHint: {
    nl: 'Alleen voor dit tabblad bewaard, nooit in de link.',
    en: 'Kept for this tab only, never in the link.',
  },
  signIn: { nl: 'Token controleren', en: 'Check token' },
  forget: { nl: 'Token vergeten', en: 'Forget token' },
  signedIn: { nl: 'Bewerkt als', en: 'Editing as' },
  notSignedIn: { nl: 'Geen token ingevoerd.', en: 'No token entered.' },
  needReason: { nl: 'Geef aan waarom.', en: 'Say why.' },
  needToken: { nl: 'Voer eerst een token in.', en: 'Enter a token first.' },
  needPending: { nl: 'Er is niets om vast te leggen.', en: 'There is nothing to commit.' },
  committing: { nl: 'Bezig met vastleggen…', en: 'Committing…' },
  committed: { nl: 'Vastgelegd als versie', en: 'Committed as version' },
  stale: {
    nl: 'Iemand anders heeft eerder vastgelegd: de huidige versie is',
    en: 'Someone else committed first: the current version is',
  },
  staleAfter: {
    nl: 'Ververs om uw wijzigingen op die versie te bekijken en opnieuw vast te leggen; ze blijven bewaard.',
    en: 'Refresh to review your changes on that version and commit again; they are kept.',
  },
  refresh: { nl: 'Verversen', en: 'Refresh' },
  scope: { nl: 'Uw token mag dit record niet wijzigen', en: 'Your token may not change this record' },
  unauthorised: { nl: 'Het token is onbekend of ingetrokken', en: 'The token is unknown or revoked' },
  readOnly: { nl: 'De server is alleen-lezen', en: 'The server is read-only' },
  invalid: { nl: 'De wijziging kan niet worden toegepast', en: 'The change cannot be applied' },
  failed: { nl: 'Vastleggen mislukt', en: 'Commit failed' },
  // history
  history: { nl: 'Geschiedenis', en: 'History' },
  noHistory: { nl: 'Nog geen vastgelegde wijzigingen.', en: 'No committed changes yet.' },
  who: { nl: 'Wie', en: 'Who' },
  when: { nl: 'Wanneer', en: 'When' },
  why: { nl: 'Waarom', en: 'Why' },
  sources: { nl: 'Bronnen', en: 'Sources' },
  revertOf: { nl: 'terugdraaiing van versie', en: 'revert of version' },
  showDiff: { nl: 'Toon verschil', en: 'Show difference' },
  diffOf: { nl: 'Verschil van versie', en: 'Difference of version' },
  noDiff: { nl: 'Geen verschil in de analyses.', en: 'No difference in the analyses.' },
  added: { nl: 'Toegevoegd', en: 'Added' },
  removed: { nl: 'Verwijderd', en: 'Removed' },
  changed: { nl: 'Gewijzigd', en: 'Changed' },
  revert: { nl: 'Terugdraaien', en: 'Revert' },
  revertReason: { nl: 'Teruggedraaid via de viewer', en: 'Reverted in the viewer' },
  reverted: { nl: 'Teruggedraaid als versie', en: 'Reverted as version' },
} satisfies Record<string, Record<Lang, string>>;

export type TextKey = keyof typeof TEXT;
export const tx = (lang: Lang, key: TextKey) => TEXT[key][lang];

export const formTitle = (lang: Lang, form: FormId) => TEXT[`form_${form}`][lang];

const DOC_KINDS: Record<DocumentKind, Record<Lang, string>> = {
  organisatiebesluit: { nl: 'Organisatiebesluit', en: 'Organisation decree' },
  mandaatbesluit: { nl: 'Mandaatbesluit', en: 'Mandate decree' },
  aanstellingsbesluit: { nl: 'Aanstellingsbesluit', en: 'Appointment decree' },
  brief: { nl: 'Brief', en: 'Letter' },
  verslag: { nl: 'Verslag', en: 'Minutes' },
  other: { nl: 'Ander document', en: 'Other document' },
};
export const docKindText = (lang: Lang, kind: DocumentKind) => DOC_KINDS[kind][lang];

const ACTIONS: Record<MembershipAction, Record<Lang, string>> = {
  'add-membership': { nl: 'Lidmaatschap toevoegen', en: 'Add a membership' },
  'remove-membership': { nl: 'Lidmaatschap beëindigen', en: 'End a membership' },
  'set-chair': { nl: 'Voorzitter maken', en: 'Make chair' },
  'end-chair': { nl: 'Voorzitterschap beëindigen', en: 'End a chair' },
};
export const actionText = (lang: Lang, action: MembershipAction) => ACTIONS[action][lang];

const ERRORS: Record<FormError, Record<Lang, string>> = {
  required: { nl: 'Vul dit veld in', en: 'Fill in this field' },
  exists: { nl: 'Bestaat al; kies een andere afkorting', en: 'Already exists; choose another abbreviation' },
  same: { nl: 'Kies een andere rol', en: 'Choose another role' },
  badValue: { nl: 'Ongeldige waarde', en: 'Invalid value' },
};
export const errorText = (lang: Lang, error: FormError) => ERRORS[error][lang];

const SOURCE_FIELDS = {
  kind: 'docKind',
  title: 'docTitle',
  author: 'docAuthor',
  date: 'docDate',
  kenmerk: 'docKenmerk',
  locator: 'docLocator',
} as const;
export const sourceFieldText = (lang: Lang, field: keyof typeof SOURCE_FIELDS) =>
  TEXT[SOURCE_FIELDS[field]][lang];

/** A refused commit or revert in words: the stale case names the current version and what came since. */
export function outcomeText(
  lang: Lang,
  outcome: Exclude<CommitOutcome, { kind: 'committed' }>,
  nameOf: (id: string) => string,
): string {
  switch (outcome.kind) {
    case 'stale': {
      const since = outcome.since.map(
        (c) => `${tx(lang, 'version')} ${c.version} (${c.author}): ${c.reason}`,
      );
      return `${tx(lang, 'stale')} ${outcome.current}. ${since.join('; ')}${since.length ? '. ' : ''}${tx(lang, 'staleAfter')}`;
    }
    case 'scope':
      return `${tx(lang, 'scope')}: ${nameOf(outcome.record)} (${outcome.record}). ${outcome.detail}`;
    case 'unauthorised':
      return `${tx(lang, 'unauthorised')}. ${outcome.detail}`;
    case 'readOnly':
      return `${tx(lang, 'readOnly')}. ${outcome.detail}`;
    case 'invalid':
      return `${tx(lang, 'invalid')}: ${outcome.detail}`;
    case 'error':
      return `${tx(lang, 'failed')}: ${outcome.detail}`;
  }
}
