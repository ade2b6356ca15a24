// Art. 10.1: CIO Rijk and CISO Rijk are appointed by the minister of BZK.
import { mergeSources, possibleValues, resolveFact } from '../../model/facts';
import type { Rule } from './rule';
import { factStatus, sourcesOf } from './rule';
import { roleOfType } from '../../model/queries';
import { rijkFinding } from './rijk';

export const art101: Rule = {
  id: 'rijk-roles-appointed-by-bzk',
  article: '10.1',
  level: 'rijk',
  title: {
    nl: 'CIO Rijk en CISO Rijk aangesteld door de minister van BZK',
    en: 'CIO Rijk and CISO Rijk appointed by the minister of BZK',
  },
  evaluate({ graph, snapshot }) {
    const roles = [roleOfType(graph, 'cio_rijk'), roleOfType(graph, 'ciso_rijk')].filter(
      (r): r is string => r !== undefined,
    );
    const facts = roles.map((r) => resolveFact(graph, r, 'appointedByMinisterBzk', snapshot));
    const values = facts.flatMap(possibleValues);
    const known = facts.every((f) => f !== undefined) && roles.length === 2;
    const status = known ? factStatus(values, (v) => v === true) : 'unknown';
    return [
      rijkFinding(
        this,
        status,
        'appointed by the minister of BZK',
        known ? values.map(String).join(' / ') : 'not stated in the report text',
        { nodes: roles, edges: [] },
        mergeSources(facts.map(sourcesOf)),
        {
          nl: known
            ? 'Aanstelling van CIO Rijk en CISO Rijk door de minister van BZK: ' + values.join(' / ') + '.'
            : 'De tekst van het rapport vermeldt de uitkomst voor dit kernelement niet (de factsheet toont alleen een icoon).',
          en: known
            ? 'Appointment of CIO Rijk and CISO Rijk by the minister of BZK: ' + values.join(' / ') + '.'
            : 'The report text does not state the outcome for this core element (the factsheet shows only an icon).',
        },
      ),
    ];
  },
};
