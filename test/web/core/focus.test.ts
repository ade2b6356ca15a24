// Focus producers on the real dataset.
import { describe, expect, it } from 'vitest';
import { focusSummaryOf, ministryCodes } from '../../../web/src/core/focus/producers';
import { focusNodes } from '../../../web/src/graph/visibility';
import { realGraph } from '../../helpers/real';

describe('core/focus', () => {
  const graph = realGraph();
  it('summarises the JenV network: its 15 decentral CIOs and the Rijk bodies of its CIO', () => {
    const focus = focusNodes(graph, 'JenV', '2024');
    const s = focusSummaryOf(graph, 'JenV', focus);
    expect(s.size).toBe(focus.size);
    expect(s.decentralCios).toHaveLength(15);
    expect(s.rijkBodies.length).toBeGreaterThan(0);
    for (const b of s.rijkBodies) expect(graph.getNodeAttribute(b, 'level')).toBe('rijk');
  });
  it('lists the ministry codes sorted', () => {
    const codes = ministryCodes(graph);
    expect(codes).toContain('JenV');
    expect([...codes].sort()).toEqual(codes);
  });
});
