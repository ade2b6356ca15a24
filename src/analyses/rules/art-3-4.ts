// Art. 3.4: the departmental CIO is a member of the Bestuursraad.
import { mergeSources, possibleValues, resolveFact } from '../../model/facts';
import { departmentalCio } from '../../model/queries';
import type { DeviationFinding, Rule } from './rule';
import { departmentalStatus, explainFor, explainNote, sourcesOf } from './rule';

export const art34: Rule = {
  id: 'cio-in-bestuursraad',
  article: '3.4',
  level: 'departmental',
  title: { nl: 'CIO lid van de Bestuursraad', en: 'CIO member of the Bestuursraad' },
  evaluate({ graph, snapshot, ministries }) {
    const findings: DeviationFinding[] = [];
    for (const ministry of ministries) {
      const cio = departmentalCio(graph, ministry);
      if (!cio) continue;
      const member = resolveFact(graph, cio, 'inBestuursraad', snapshot);
      const selfAgenda = resolveFact(graph, cio, 'selfAgenda', snapshot);
      const values = possibleValues(member);
      const explain = explainFor(graph, cio, '3.4', snapshot);
      const { status, formalConsultationRequired } = departmentalStatus(
        values.map((v) => v === true),
        explain,
      );
      const canTable = possibleValues(selfAgenda).includes(true);
      const note =
        status === 'deviation' || status === 'explained' ? explainNote(explain) : { nl: '', en: '' };
      findings.push({
        rule: this.id,
        article: this.article,
        subject: ministry,
        status,
        expected: 'member',
        actual: values.length ? values.map((v) => (v ? 'member' : 'not a member')).join(' / ') : 'unknown',
        formalConsultationRequired,
        evidence: { nodes: [cio], edges: [] },
        sources: mergeSources([
          sourcesOf(member),
          status === 'deviation' ? sourcesOf(selfAgenda) : [],
          explain.sources,
        ]),
        explanation: {
          nl:
            status === 'contested'
              ? `De bronnen spreken elkaar tegen over het lidmaatschap van de Bestuursraad van de CIO van ${ministry}.`
              : status === 'compliant'
                ? `De CIO van ${ministry} is lid van de Bestuursraad.`
                : status === 'unknown'
                  ? `Het rapport zegt niet of de CIO van ${ministry} lid is van de Bestuursraad.`
                  : `De CIO van ${ministry} is geen lid van de Bestuursraad${canTable ? ', maar kan wel zelfstandig agenderen' : ''}.${note.nl}`,
          en:
            status === 'contested'
              ? `The sources disagree on whether the CIO of ${ministry} sits in the Bestuursraad.`
              : status === 'compliant'
                ? `The CIO of ${ministry} is a member of the Bestuursraad.`
                : status === 'unknown'
                  ? `The report does not say whether the CIO of ${ministry} sits in the Bestuursraad.`
                  : `The CIO of ${ministry} is not a member of the Bestuursraad${canTable ? ', though it can table items itself' : ''}.${note.en}`,
        },
      });
    }
    return findings;
  },
};
