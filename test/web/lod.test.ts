// The level-of-detail view's pure parts on generated graphs in compact form: the fold into groups,
// unfolding by click and by zoom, the bundles (their counts add up to the edges they stand for), the
// layout (boxes apart, members inside their box, the picture in the stage's shape) and the settings.
import { describe, expect, it } from 'vitest';
import type { CompactGraph } from '../../src/contract/compact-graph';
import { buildGraph } from '../../src/model/load';
import { validateDataFiles } from '../../src/model/validate';
import { compactGraph } from '../../src/server/compact-graph';
import { generateDataset } from '../../src/synthetic/generate';
import { layoutGroups } from '../../web/src/features/lod/layout';
import {
  NO_EXPANSION,
  aggregate,
  buildView,
  bundleWidth,
  expandGroup,
  groupNodeKey,
  isExpanded,
  memberRank,
  searchNodes,
  toggleGroup,
  zoomExpansion,
} from '../../web/src/features/lod/producers';
import type { Aggregation } from '../../web/src/features/lod/producers';
import {
  LOD_DEFAULTS,
  LodSettingsError,
  lodSettingsOf,
  validateLodSettings,
} from '../../web/src/features/lod/settings';
import { groupLabel } from '../../web/src/features/lod/text';

function compactOf(ministries: number): CompactGraph {
  const result = validateDataFiles(generateDataset({ ministries, seed: 'lod-test' }).files);
  return compactGraph(buildGraph(result.dataset!), '2024');
}

const HIDDEN = ['norm', 'statement', 'recommendation'];

/** Edges whose two ends are visible and in different drawn units: what the bundles must add up to. */
function drawnEdges(c: CompactGraph, agg: Aggregation, folded: (g: number) => boolean): number {
  const unit = (i: number) => {
    const g = agg.groupOf[i]!;
    return g < 0 ? null : folded(g) ? `g${g}` : `n${i}`;
  };
  let n = 0;
  for (let e = 0; e < c.edges.source.length; e++) {
    const [a, b] = [unit(c.edges.source[e]!), unit(c.edges.target[e]!)];
    if (a !== null && b !== null && a !== b) n++;
  }
  return n;
}

describe('lod producers', () => {
  const c = compactOf(40);
  const agg = aggregate(c, HIDDEN, LOD_DEFAULTS.minGroup);

  it('puts every visible node in exactly one group and hidden kinds in none', () => {
    const seen = new Int32Array(c.nodes.id.length);
    agg.groups.forEach((g, gi) => {
      for (const i of g.members) {
        seen[i]!++;
        expect(agg.groupOf[i]).toBe(gi);
      }
    });
    for (let i = 0; i < c.nodes.id.length; i++) {
      const hidden = HIDDEN.includes(c.kinds[c.nodes.kind[i]!]!);
      expect(seen[i], c.nodes.id[i]).toBe(hidden ? 0 : 1);
      expect(agg.groupOf[i]! < 0).toBe(hidden);
    }
    const ministries = agg.groups.filter((g) => g.kind === 'ministry');
    expect(ministries.map((g) => g.ministry)).toEqual([...c.ministries].sort());
    expect(ministries.every((g) => g.anchor >= 0 && c.nodes.id[g.anchor] === g.ministry)).toBe(true);
    expect(agg.groups.find((g) => g.key === 'rijk:body:rijk')?.aggregated).toBe(true);
  });

  it('orders a group by the rows of the hierarchy and folds only groups of at least minGroup', () => {
    for (const g of agg.groups) {
      const ranks = g.members.map((i) =>
        memberRank(c.kinds[c.nodes.kind[i]!], c.types[c.nodes.type[i]!] ?? undefined),
      );
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(g.aggregated).toBe(g.members.length >= LOD_DEFAULTS.minGroup);
    }
    const all = aggregate(c, HIDDEN, 1_000_000);
    expect(all.groups.some((g) => g.aggregated)).toBe(false);
  });

  it('draws folded groups as one node each, bundles edges by pair and kind, counts adding up', () => {
    const view = buildView(c, agg, NO_EXPANSION);
    const folded = agg.groups.filter((g) => g.aggregated).length;
    const loose = agg.groups.filter((g) => !g.aggregated).reduce((s, g) => s + g.members.length, 0);
    expect(view.nodes).toHaveLength(folded + loose);
    const keys = new Set(view.nodes.map((v) => v.key));
    const pairs = new Set<string>();
    let total = 0;
    for (const b of view.bundles) {
      expect(keys.has(b.source) && keys.has(b.target)).toBe(true);
      expect(b.source).not.toBe(b.target);
      const pair = `${b.source}|${b.target}|${b.kind}`;
      expect(pairs.has(pair)).toBe(false);
      pairs.add(pair);
      total += b.count;
    }
    expect(total).toBe(view.edgesDrawn);
    expect(total).toBe(drawnEdges(c, agg, (g) => agg.groups[g]!.aggregated));
    // Far fewer lines than edges: the point of bundling.
    expect(view.bundles.length).toBeLessThan(c.edges.source.length / 4);
    expect(view.bundles.some((b) => b.count > 1)).toBe(true);
  });

  it('unfolds a clicked group into its members and folds it again on a second click', () => {
    const g = agg.groups.findIndex((x) => x.kind === 'ministry' && x.aggregated);
    const open = toggleGroup(NO_EXPANSION, g);
    expect(isExpanded(open, g)).toBe(true);
    const view = buildView(c, agg, open);
    const keys = new Set(view.nodes.map((v) => v.key));
    expect(keys.has(groupNodeKey(agg, g))).toBe(false);
    for (const i of agg.groups[g]!.members) expect(keys.has(c.nodes.id[i]!)).toBe(true);
    const folded = (x: number) => agg.groups[x]!.aggregated && x !== g;
    expect(view.edgesDrawn).toBe(drawnEdges(c, agg, folded));
    expect(view.edgesDrawn).toBeGreaterThan(buildView(c, agg, NO_EXPANSION).edgesDrawn);
    expect(isExpanded(toggleGroup(open, g), g)).toBe(false);
    expect(expandGroup(open, g)).toBe(open);
  });

  it('semantic zoom: unfolds the widest groups in view within the budget, folds them when small', () => {
    const ministries = agg.groups.map((g, i) => ({ g, i })).filter(({ g }) => g.kind === 'ministry');
    const [a, b, far] = ministries.map(({ i }) => i);
    const s = { expandPx: 200, collapsePx: 100, maxZoomNodes: agg.groups[a!]!.members.length };
    const screen = [
      { group: a!, widthPx: 400, inView: true },
      { group: b!, widthPx: 300, inView: true },
      { group: far!, widthPx: 900, inView: false },
    ];
    const zoomed = zoomExpansion(NO_EXPANSION, screen, agg, s);
    // The widest in view first; the second no longer fits the budget, the one out of view never.
    expect([...zoomed.zoomed]).toEqual([a]);
    expect(zoomExpansion(zoomed, screen, agg, s)).toBe(zoomed);
    const out = zoomExpansion(zoomed, [{ group: a!, widthPx: 90, inView: true }], agg, s);
    expect(out.zoomed.size).toBe(0);
    // Folded by hand while big: zooming does not unfold it again until it has shrunk once.
    const byHand = toggleGroup(zoomed, a!);
    expect(isExpanded(byHand, a!)).toBe(false);
    expect(isExpanded(zoomExpansion(byHand, screen, agg, s), a!)).toBe(false);
    const shrunk = zoomExpansion(byHand, [{ group: a!, widthPx: 50, inView: true }], agg, s);
    expect(isExpanded(zoomExpansion(shrunk, screen, agg, s), a!)).toBe(true);
    // A clicked group is not folded by zooming out.
    const clicked = toggleGroup(NO_EXPANSION, a!);
    expect(zoomExpansion(clicked, [{ group: a!, widthPx: 10, inView: false }], agg, s)).toBe(clicked);
  });

  it('bundle width grows with the count and stays bounded', () => {
    expect(bundleWidth(2)).toBeGreaterThan(bundleWidth(1));
    expect(bundleWidth(1e9)).toBe(10);
  });

  it('finds nodes by label or id, folded or not', () => {
    const hits = searchNodes(c, 'cio-raad');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((i) => c.nodes.id[i]!.toLowerCase().includes('cio-raad'))).toBe(true);
    expect(searchNodes(c, '  ')).toEqual([]);
  });

  it('labels a group with its name and count in either language', () => {
    const rijk = agg.groups.find((g) => g.key === 'rijk:body:rijk')!;
    expect(groupLabel(rijk, 'nl')).toBe(`Rijksgremia (${rijk.members.length})`);
    expect(groupLabel(rijk, 'en')).toBe(`Rijk gremia (${rijk.members.length})`);
  });
});

describe('lod layout', () => {
  const c = compactOf(120);
  const agg = aggregate(c, HIDDEN, LOD_DEFAULTS.minGroup);

  it('keeps group boxes apart and every member inside its own box', () => {
    const layout = layoutGroups(agg, c.nodes.id.length, 0.65);
    const boxes = layout.boxes;
    for (let p = 0; p < boxes.length; p++)
      for (let q = p + 1; q < boxes.length; q++) {
        const [a, b] = [boxes[p]!, boxes[q]!];
        const apart =
          a.x + a.w <= b.x + 1e-9 ||
          b.x + b.w <= a.x + 1e-9 ||
          a.y - a.h >= b.y - 1e-9 ||
          b.y - b.h >= a.y - 1e-9;
        expect(apart, `${agg.groups[p]!.key} / ${agg.groups[q]!.key}`).toBe(true);
      }
    agg.groups.forEach((g, gi) => {
      const b = boxes[gi]!;
      for (const i of g.members) {
        expect(layout.xs[i]).toBeGreaterThan(b.x);
        expect(layout.xs[i]).toBeLessThan(b.x + b.w);
        expect(layout.ys[i]).toBeLessThan(b.y);
        expect(layout.ys[i]).toBeGreaterThan(b.y - b.h);
      }
    });
  });

  it('gives the picture the stage shape, wide or tall, instead of a band', () => {
    for (const aspect of [0.4, 0.65, 1, 1.6]) {
      const { bbox } = layoutGroups(agg, c.nodes.id.length, aspect);
      const shape = (bbox.y[1] - bbox.y[0]) / (bbox.x[1] - bbox.x[0]);
      expect(shape / aspect, `aspect ${aspect}`).toBeGreaterThan(0.7);
      expect(shape / aspect, `aspect ${aspect}`).toBeLessThan(1.45);
    }
  });
});

describe('lod settings', () => {
  it('accepts the defaults and reads overrides from the URL', () => {
    expect(() => validateLodSettings(LOD_DEFAULTS)).not.toThrow();
    expect(lodSettingsOf('?lodThreshold=100&lodMinGroup=3')).toMatchObject({ threshold: 100, minGroup: 3 });
    expect(lodSettingsOf('')).toEqual(LOD_DEFAULTS);
  });

  it('rejects a bad value with a typed error naming the setting', () => {
    for (const [query, setting] of [
      ['lodThreshold=-1', 'threshold'],
      ['lodThreshold=abc', 'threshold'],
      ['lodMinGroup=0', 'minGroup'],
      ['lodCollapsePx=500', 'collapsePx'],
    ] as const) {
      let error: unknown;
      try {
        lodSettingsOf(query);
      } catch (e) {
        error = e;
      }
      expect(error, query).toBeInstanceOf(LodSettingsError);
      expect((error as LodSettingsError).setting).toBe(setting);
    }
  });
});
