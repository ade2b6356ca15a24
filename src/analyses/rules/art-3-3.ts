// Art. 3.3: a departmental CIO-stelsel exists.
import { possibleValues, resolveFact } from '../../model/facts';
import { departmentalCio } from '../../model/queries';
import type { DeviationFinding, Rule } from './rule';
import { allSame, sourcesOf } from './rule';

export const art33: Rule = {
  id: 'cio-stelsel-exists',
  article: '3.3',
  level: 'departmental',
  title: { nl: 'Er is een departementaal CIO-stelsel', en: 'A departmental CIO-stelsel exists' },
  evaluate({ graph, snapshot, ministries }) {
    const findings: DeviationFinding[] = [];
    for (const ministry of ministries) {
      const cio = departmentalCio(graph, ministry);
      const variant = resolveFact(graph, ministry, 'stelselVariant', snapshot);
      const values = possibleValues(variant);
      const status =
        values.length === 0 ? (cio ? 'unknown' : 'deviation') : allSame(values) ? 'compliant' : 'contested';
      findings.push({
        rule: this.id,
        article: this.article,
        subject: ministry,
        status,
        expected: 'a departmental CIO-stelsel',
        actual: values.length
          ? `stelsel variant ${values.join(' / ')}`
          : cio
            ? 'unknown'
            : 'no departmental CIO',
        formalConsultationRequired: status === 'deviation',
        evidence: { nodes: [ministry, ...(cio ? [cio] : [])], edges: [] },
        sources: sourcesOf(variant),
        explanation:
          status === 'compliant'
            ? {
                nl: `${ministry} heeft een departementaal CIO-stelsel ingericht (variant: ${values[0]}).`,
                en: `${ministry} has set up a departmental CIO-stelsel (variant: ${values[0]}).`,
              }
            : {
                nl: `Voor ${ministry} is niet vastgesteld dat er een departementaal CIO-stelsel is.`,
                en: `For ${ministry} no departmental CIO-stelsel has been established.`,
              },
      });
    }
    return findings;
  },
};
