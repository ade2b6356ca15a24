// Art. 6.1: the departmental CISO is part of the CIO-office.
import { possibleValues, resolveFact } from '../../model/facts';
import { cxoPosition, outEdges } from '../../model/queries';
import type { DeviationFinding, Rule } from './rule';
import { departmentalStatus, explainFor, explainNote, sourcesOf } from './rule';

export const art61: Rule = {
  id: 'ciso-in-cio-office',
  article: '6.1',
  level: 'departmental',
  title: { nl: 'CISO onderdeel van het CIO-office', en: 'CISO part of the CIO-office' },
  evaluate({ graph, snapshot, stelsels }) {
    const findings: DeviationFinding[] = [];
    for (const stelsel of stelsels) {
      const ciso = cxoPosition(graph, stelsel, 'CISO');
      const placement = ciso ? resolveFact(graph, ciso, 'placement', snapshot) : undefined;
      const values = possibleValues(placement);
      const hosts = ciso ? outEdges(graph, ciso, 'hosted_by', snapshot) : [];
      stelsel.ministries.forEach((ministry, index) => {
        const cio = stelsel.cios[index];
        const explain = cio
          ? explainFor(graph, cio, '6.1', snapshot)
          : { formal: false, status: null, sources: [] };
        const { status, formalConsultationRequired } = departmentalStatus(
          values.map((v) => v === 'cio_office'),
          explain,
        );
        const note = status === 'deviation' ? explainNote(explain) : { nl: '', en: '' };
        const actual = values.length ? values.map(String).join(' / ') : ciso ? 'unknown' : 'no CISO recorded';
        findings.push({
          rule: this.id,
          article: this.article,
          subject: ministry,
          status,
          expected: 'cio_office',
          actual,
          formalConsultationRequired,
          evidence: {
            nodes: [...(ciso ? [ciso] : []), ...hosts.map((h) => h.target)],
            edges: hosts.map((h) => h.edge),
          },
          sources: sourcesOf(placement),
          explanation:
            status === 'compliant'
              ? {
                  nl: `De CISO van ${ministry} is onderdeel van het CIO-office.`,
                  en: `The CISO of ${ministry} is part of the CIO-office.`,
                }
              : status === 'contested'
                ? {
                    nl: `De bronnen spreken elkaar tegen over de plaats van de CISO van ${ministry}.`,
                    en: `The sources disagree on where the CISO of ${ministry} sits.`,
                  }
                : status === 'unknown'
                  ? {
                      nl: `Het rapport zegt niet waar de CISO van ${ministry} is geplaatst.`,
                      en: `The report does not say where the CISO of ${ministry} sits.`,
                    }
                  : {
                      nl: `De CISO van ${ministry} is geen onderdeel van het CIO-office (${actual}).${note.nl}`,
                      en: `The CISO of ${ministry} is not part of the CIO-office (${actual}).${note.en}`,
                    },
        });
      });
    }
    return findings;
  },
};
