// Art. 12.2: CIO Rijk is involved in appointing and dismissing departmental CIOs.
import { possibleValues, resolveFact } from '../../model/facts';
import type { Rule } from './rule';
import { factStatus, sourcesOf } from './rule';
import { roleOfType } from '../../model/queries';
import { rijkFinding } from './rijk';

export const art122: Rule = {
  id: 'cio-rijk-in-cio-appointments',
  article: '12.2',
  level: 'rijk',
  title: {
    nl: "CIO Rijk betrokken bij benoeming departementale CIO's",
    en: 'CIO Rijk involved in appointing departmental CIOs',
  },
  evaluate({ graph, snapshot }) {
    const cio = roleOfType(graph, 'cio_rijk');
    const fact = cio ? resolveFact(graph, cio, 'involvedInCioAppointments', snapshot) : undefined;
    const values = possibleValues(fact);
    const status = factStatus(values, (v) => v === 'always');
    return [
      rijkFinding(
        this,
        status,
        'always involved',
        values.join(' / ') || 'unknown',
        { nodes: cio ? [cio] : [], edges: [] },
        sourcesOf(fact),
        {
          nl:
            status === 'deviation'
              ? "CIO Rijk is niet in alle gevallen betrokken geweest bij de selectie van departementale CIO's."
              : status === 'compliant'
                ? "CIO Rijk is betrokken bij de benoeming van departementale CIO's."
                : 'Het rapport is hierover niet eenduidig.',
          en:
            status === 'deviation'
              ? 'CIO Rijk has not always been involved in selecting departmental CIOs.'
              : status === 'compliant'
                ? 'CIO Rijk is involved in appointing departmental CIOs.'
                : 'The report is not conclusive on this.',
        },
      ),
    ];
  },
};
