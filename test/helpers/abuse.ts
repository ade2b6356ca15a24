// Abusive scenario traffic for the load test and the soak: distinct, valid scenarios at the operation
// limit that each make the analyses work hard (hundreds of new roles with memberships), plus latency
// sampling of a cheap endpoint.
import { MAX_OPERATIONS } from '../../src/scenarios/schema';
import type { OrgGraph } from '../../src/model/types';

/** A distinct scenario of MAX_OPERATIONS valid operations: new roles, each a member of two bodies. */
export function abusiveScenario(graph: OrgGraph, seed: number): { name: string; operations: unknown[] } {
  const bodies = graph.filterNodes((_n, a) => a.kind === 'body');
  const operations: unknown[] = [];
  for (let i = 0; operations.length < MAX_OPERATIONS; i++) {
    const id = `x${seed}/r${i}`;
    operations.push({ op: 'add-node', id, kind: 'role', type: 'CTO', name: `r${i}` });
    operations.push({ op: 'add-membership', role: id, body: bodies[(i + seed) % bodies.length] });
    operations.push({ op: 'add-membership', role: id, body: bodies[(i * 7 + seed + 3) % bodies.length] });
  }
  return { name: `abuse ${seed}`, operations: operations.slice(0, MAX_OPERATIONS) };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Latencies of `count` sequential GETs, `gapMs` apart. */
export async function sampleLatency(url: string, count: number, gapMs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    const res = await fetch(url);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`GET ${url}: ${res.status}`);
    out.push(performance.now() - start);
    if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
  }
  return out;
}
