// Art. 16.3: CIO Rijk manages the Rijks ICT-dashboard.
import { possibleValues, resolveFact } from '../../model/facts';
import type { Rule } from './rule';
import { factStatus, sourcesOf } from './rule';
import { roleOfType } from '../../model/queries';
import { rijkFinding } from './rijk';

export const art163: Rule = {
  id: 'cio-rijk-manages-ict-dashboard',
  article: '16.3',
  level: 'rijk',
  title: { nl: 'CIO Rijk beheert het Rijks ICT-dashboard', en: 'CIO Rijk manages the Rijks ICT-dashboard' },
  evaluate({ graph, snapshot }) {
    const cio = roleOfType(graph, 'cio_rijk');
    const fact = cio ? resolveFact(graph, cio, 'managesIctDashboard', snapshot) : undefined;
    const values = possibleValues(fact);
    const status = factStatus(values, (v) => v === true);
    return [
      rijkFinding(
        this,
        status,
        'manages the Rijks ICT-dashboard',
        values.map(String).join(' / ') || 'unknown',
        { nodes: cio ? [cio] : [], edges: [] },
        sourcesOf(fact),
        {
          nl:
            status === 'compliant'
              ? 'Het beheer van het Rijks ICT-dashboard valt onder CIO Rijk.'
              : 'Het beheer van het Rijks ICT-dashboard ligt niet (eenduidig) bij CIO Rijk.',
          en:
            status === 'compliant'
              ? 'CIO Rijk manages the Rijks ICT-dashboard.'
              : 'The Rijks ICT-dashboard is not (unambiguously) managed by CIO Rijk.',
        },
      ),
    ];
  },
};
