// Interning: equal source lists, validIn lists and ministries share one frozen instance per graph, and
// what differs in any field (an excerpt, a workspace change) stays apart.
import { describe, expect, it } from 'vitest';
import { Interner } from '../../src/model/intern';
import { loadDataset } from '../../src/model/load';
import type { SourceRef } from '../../src/model/types';
import { e, graphOf, n } from '../helpers/build';

describe('Interner', () => {
  it('shares equal lists and keeps lists that differ in any field apart', () => {
    const intern = new Interner();
    const ref = (extra: Partial<SourceRef> = {}): SourceRef => ({ doc: 'adr', locator: 'Tabel 1', ...extra });
    const a = intern.sources([ref()]);
    expect(intern.sources([ref()])).toBe(a);
    expect(intern.sources([ref({ excerpt: '' })])).not.toBe(a);
    expect(intern.sources([ref({ excerpt: 'x' })])).not.toBe(intern.sources([ref({ excerpt: 'y' })]));
    const change = (version: number) => ref({ change: { version, author: 'bzk', at: '2026-12-01' } });
    expect(intern.sources([change(1)])).toBe(intern.sources([change(1)]));
    expect(intern.sources([change(1)])).not.toBe(intern.sources([change(2)]));
    expect(intern.sources([ref(), change(1)])).not.toBe(intern.sources([change(1), ref()]));
    expect(intern.strings(['2021', '2024'])).toBe(intern.strings(['2021', '2024']));
    expect(intern.strings(['2021', '2024'])).not.toBe(intern.strings(['2024']));
  });

  it('freezes what it shares, so a change in place throws instead of changing every record', () => {
    const intern = new Interner();
    const list = intern.sources([{ doc: 'adr', locator: 'p. 3' }]);
    expect(() => list.push({ doc: 'x', locator: 'y' })).toThrow(TypeError);
    expect(() => ((list[0] as { locator: string }).locator = 'z')).toThrow(TypeError);
    expect(() => intern.strings<string>(['2024']).push('2021')).toThrow(TypeError);
  });

  it('buildGraph shares them across nodes, claims and edges', () => {
    const graph = graphOf(
      [
        n('AZ', 'ministry'),
        n('AZ/SG', 'role', { type: 'SG' }),
        n('AZ/CIO', 'role', { type: 'departmental_cio' }),
      ],
      [e('reports_to', 'AZ/CIO', 'AZ/SG'), e('reports_to', 'AZ/SG', 'AZ/CIO', { validIn: ['2021'] })],
    );
    const [first, second] = graph.edges();
    expect(graph.getEdgeAttribute(first!, 'sources')).toBe(graph.getEdgeAttribute(second!, 'sources'));
    expect(graph.getEdgeAttribute(first!, 'validIn')).not.toBe(graph.getEdgeAttribute(second!, 'validIn'));
    expect(graph.getEdgeAttribute(second!, 'validIn')).toEqual(['2021']);
    expect(graph.getNodeAttribute('AZ/SG', 'ministries')).toBe(
      graph.getNodeAttribute('AZ/CIO', 'ministries'),
    );
    expect(graph.getNodeAttribute('AZ', 'sources')).toBe(graph.getNodeAttribute('AZ/CIO', 'sources'));
  });

  it('on the real dataset, leaves far fewer lists than records', () => {
    const graph = loadDataset();
    const lists = new Set<unknown>();
    let records = 0;
    graph.forEachEdge((_e, a) => {
      records += 2;
      lists.add(a.sources).add(a.validIn);
    });
    expect(lists.size).toBeLessThan(records / 2);
  });
});
