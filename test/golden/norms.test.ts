// The rules and the norms in data/ describe the same articles: every rule tests an article that
// data/norms.yaml declares (with its source), so the norm text shown to users is the report's.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/analyses/rules';
import { realGraph } from '../helpers/real';

describe('norm rules', () => {
  it('each rule has its norm in the data, sourced', () => {
    const graph = realGraph();
    for (const rule of RULES) {
      const id = `norm/${rule.article}`;
      expect(graph.hasNode(id), id).toBe(true);
      expect(graph.getNodeAttribute(id, 'article')).toBe(rule.article);
      expect(graph.getNodeAttribute(id, 'sources').length).toBeGreaterThan(0);
    }
  });

  it('has one rule per article and unique rule ids', () => {
    expect(new Set(RULES.map((r) => r.article)).size).toBe(RULES.length);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});
