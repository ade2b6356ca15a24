// Art. 3.1: the departmental CIO is placed directly under the secretary-general.
import { mergeSources } from '../../model/facts';
import { departmentalCio, outEdges } from '../../model/queries';
import { cioReportsTo } from '../tables';
import type { DeviationFinding, Rule } from './rule';
import { departmentalStatus, explainFor, explainNote, sourcesOf } from './rule';

export const art31: Rule = {
  id: 'cio-under-sg',
  article: '3.1',
  level: 'departmental',
  title: { nl: 'CIO rechtstreeks onder de SG', en: 'CIO directly under the SG' },
  evaluate({ graph, snapshot, ministries }) {
    const findings: DeviationFinding[] = [];
    for (const ministry of ministries) {
      const cio = departmentalCio(graph, ministry);
      if (!cio) continue;
      const position = cioReportsTo(graph, cio, snapshot);
      const values = position
        ? 'contested' in position
          ? position.claims.map((c) => c.value)
          : [position.value]
        : [];
      const explain = explainFor(graph, cio, '3.1', snapshot);
      const { status, formalConsultationRequired } = departmentalStatus(
        values.map((v) => v === 'SG'),
        explain,
      );
      const edges = outEdges(graph, cio, 'reports_to', snapshot);
      const actual = values.length ? values.map(String).join(' / ') : 'unknown';
      const note =
        status === 'deviation' || status === 'explained' ? explainNote(explain) : { nl: '', en: '' };
      findings.push({
        rule: this.id,
        article: this.article,
        subject: ministry,
        status,
        expected: 'SG',
        actual,
        formalConsultationRequired,
        evidence: { nodes: [cio, ...edges.map((e) => e.target)], edges: edges.map((e) => e.edge) },
        sources: mergeSources([sourcesOf(position), explain.sources]),
        explanation: {
          nl:
            status === 'contested'
              ? `De bronnen spreken elkaar tegen over wie de CIO van ${ministry} aanstuurt (${actual}).`
              : status === 'compliant'
                ? `De CIO van ${ministry} valt rechtstreeks onder de SG.`
                : status === 'unknown'
                  ? `Het rapport zegt niet onder wie de CIO van ${ministry} valt.`
                  : `De CIO van ${ministry} valt onder de ${actual} in plaats van rechtstreeks onder de SG.${note.nl}`,
          en:
            status === 'contested'
              ? `The sources disagree on whom the CIO of ${ministry} reports to (${actual}).`
              : status === 'compliant'
                ? `The CIO of ${ministry} reports directly to the SG.`
                : status === 'unknown'
                  ? `The report does not say whom the CIO of ${ministry} reports to.`
                  : `The CIO of ${ministry} reports to the ${actual} instead of directly to the SG.${note.en}`,
        },
      });
    }
    return findings;
  },
};
