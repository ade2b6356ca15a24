// Art. 3.5: the departmental CIO has a CIO-office with staff.
import { mergeSources, possibleValues, resolveFact } from '../../model/facts';
import { departmentalCio, inEdges } from '../../model/queries';
import type { DeviationFinding, Rule } from './rule';
import { sourcesOf } from './rule';

export const art35: Rule = {
  id: 'cio-office',
  article: '3.5',
  level: 'departmental',
  title: { nl: 'CIO beschikt over een CIO-office', en: 'CIO has a CIO-office' },
  evaluate({ graph, snapshot, ministries }) {
    const findings: DeviationFinding[] = [];
    for (const ministry of ministries) {
      const cio = departmentalCio(graph, ministry);
      if (!cio) continue;
      const serving = inEdges(graph, cio, 'serves', snapshot).filter(
        (e) => graph.getNodeAttribute(e.source, 'type') === 'cio_office',
      );
      const office = serving[0]?.source;
      const fte = office ? resolveFact(graph, office, 'fte', snapshot) : undefined;
      const fteValues = possibleValues(fte).map(String);
      const status = office ? 'compliant' : 'deviation';
      const fteText = fteValues.length ? fteValues.join(' / ') : 'onbekend';
      findings.push({
        rule: this.id,
        article: this.article,
        subject: ministry,
        status,
        expected: 'a CIO-office with staff',
        actual: office
          ? `${graph.getNodeAttribute(office, 'name')} (FTE: ${fteValues.length ? fteValues.join(' / ') : 'not stated'})`
          : 'no CIO-office',
        formalConsultationRequired: status === 'deviation',
        evidence: { nodes: [cio, ...serving.map((e) => e.source)], edges: serving.map((e) => e.edge) },
        sources: mergeSources([...serving.map((e) => e.attributes.sources), sourcesOf(fte)]),
        explanation: office
          ? {
              nl: `De CIO van ${ministry} wordt ondersteund door ${graph.getNodeAttribute(office, 'name')} (FTE: ${fteText}).`,
              en: `The CIO of ${ministry} is supported by ${graph.getNodeAttribute(office, 'name')} (FTE: ${fteValues.length ? fteValues.join(' / ') : 'not stated'}).`,
            }
          : {
              nl: `Voor de CIO van ${ministry} is geen CIO-office vastgelegd.`,
              en: `No CIO-office is recorded for the CIO of ${ministry}.`,
            },
      });
    }
    return findings;
  },
};
