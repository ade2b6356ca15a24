// Shared logic of art. 15.2 and 15.7: CIO Rijk chairs a given gremium.
import { inEdges } from '../../model/queries';
import type { RuleContext, Rule, DeviationFinding } from './rule';
import { roleOfType } from '../../model/queries';
import { rijkFinding } from './rijk';

export function cioRijkChairs(
  rule: Rule,
  { graph, snapshot }: RuleContext,
  body: string,
  bodyName: string,
): DeviationFinding[] {
  const cio = roleOfType(graph, 'cio_rijk');
  if (!graph.hasNode(body)) {
    return [
      rijkFinding(
        rule,
        'unknown',
        `CIO Rijk chairs the ${bodyName}`,
        `no ${bodyName} in the data`,
        { nodes: [], edges: [] },
        [],
        {
          nl: `Het ${bodyName} komt niet voor in de gegevens.`,
          en: `The ${bodyName} does not appear in the data.`,
        },
      ),
    ];
  }
  const chairs = inEdges(graph, body, 'chairs', snapshot);
  const chairNames = chairs.map((c) => graph.getNodeAttribute(c.source, 'name'));
  const status =
    chairs.length === 0 ? 'unknown' : cio && chairs.some((c) => c.source === cio) ? 'compliant' : 'deviation';
  return [
    rijkFinding(
      rule,
      status,
      `CIO Rijk chairs the ${bodyName}`,
      chairNames.join(' / ') || 'unknown',
      { nodes: [body, ...chairs.map((c) => c.source)], edges: chairs.map((c) => c.edge) },
      chairs.flatMap((c) => c.attributes.sources),
      {
        nl:
          status === 'compliant'
            ? `CIO Rijk is voorzitter van het ${bodyName}.`
            : status === 'unknown'
              ? `Het rapport noemt geen voorzitter van het ${bodyName}.`
              : `Het ${bodyName} wordt voorgezeten door ${chairNames.join(' / ')}, niet door CIO Rijk.`,
        en:
          status === 'compliant'
            ? `CIO Rijk chairs the ${bodyName}.`
            : status === 'unknown'
              ? `The report names no chair of the ${bodyName}.`
              : `The ${bodyName} is chaired by ${chairNames.join(' / ')}, not by CIO Rijk.`,
      },
    ),
  ];
}
