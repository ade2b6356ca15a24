// Art. 10.3: CISO Rijk falls under CIO Rijk.
import { outEdges } from '../../model/queries';
import type { Rule } from './rule';
import { roleOfType } from '../../model/queries';
import { rijkFinding } from './rijk';

export const art103: Rule = {
  id: 'ciso-rijk-under-cio-rijk',
  article: '10.3',
  level: 'rijk',
  title: { nl: 'CISO Rijk ressorteert onder CIO Rijk', en: 'CISO Rijk falls under CIO Rijk' },
  evaluate({ graph, snapshot }) {
    const cio = roleOfType(graph, 'cio_rijk');
    const ciso = roleOfType(graph, 'ciso_rijk');
    const lines = ciso ? outEdges(graph, ciso, 'reports_to', snapshot) : [];
    const targets = new Set(lines.map((l) => l.target));
    const status =
      !ciso || lines.length === 0
        ? 'unknown'
        : targets.size > 1
          ? 'contested'
          : cio && targets.has(cio)
            ? 'compliant'
            : 'deviation';
    return [
      rijkFinding(
        this,
        status,
        'CISO Rijk reports to CIO Rijk',
        lines.length ? [...targets].join(' / ') : 'unknown',
        { nodes: [ciso, cio].filter((x): x is string => !!x), edges: lines.map((l) => l.edge) },
        lines.flatMap((l) => l.attributes.sources),
        {
          nl:
            status === 'compliant'
              ? 'De CISO Rijk valt onder de CIO Rijk.'
              : status === 'unknown'
                ? 'Het rapport zegt niet onder wie de CISO Rijk valt.'
                : 'De CISO Rijk valt niet (eenduidig) onder de CIO Rijk.',
          en:
            status === 'compliant'
              ? 'The CISO Rijk falls under the CIO Rijk.'
              : status === 'unknown'
                ? 'The report does not say whom the CISO Rijk falls under.'
                : 'The CISO Rijk does not (unambiguously) fall under the CIO Rijk.',
        },
      ),
    ];
  },
};
