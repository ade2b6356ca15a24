// The report timings of `npm run bench`: the stelsel report in HTML (and in PDF where Chromium is
// present) on a graph, as a ratio to the time the analyses it draws on take on the same graph in the
// same run, so the numbers compare across machines.
import { performance } from 'node:perf_hooks';
import { renderReport } from '../reports';
import { hasChromium } from '../reports/pdf';
import type { OrgGraph } from '../model/types';
import { median } from './bench-timing';

async function medianMs(fn: () => Promise<unknown>, runs: number): Promise<number> {
  await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** `analyses`: the bench row's per-analysis medians; their sum is the analyses' own time. */
export async function benchReports(
  graph: OrgGraph,
  analyses: Record<string, { medianMs: number }>,
  log: (line: string) => void,
): Promise<Record<string, unknown>> {
  const analysesMs = Object.values(analyses).reduce((s, a) => s + a.medianMs, 0);
  const out: Record<string, unknown> = { analysesMs: +analysesMs.toFixed(2) };
  const record = (name: string, ms: number) =>
    (out[name] = { medianMs: +ms.toFixed(1), ratioToAnalyses: +(ms / analysesMs).toFixed(2) });
  const generated = '2000-01-01';
  record('stelsel-html', await medianMs(() => renderReport(graph, { target: 'stelsel', generated }), 3));
  const ministry = graph.hasNode('JenV') ? 'JenV' : graph.filterNodes((_n, a) => a.kind === 'ministry')[0];
  if (ministry)
    record('factsheet-html', await medianMs(() => renderReport(graph, { target: ministry, generated }), 3));
  if (hasChromium()) {
    record(
      'stelsel-pdf',
      await medianMs(() => renderReport(graph, { target: 'stelsel', format: 'pdf', generated }), 1),
    );
  } else out['stelsel-pdf'] = 'no Chromium';
  log(
    `  reports: ${Object.entries(out)
      .filter(([k]) => k !== 'analysesMs')
      .map(
        ([k, v]) =>
          `${k} ${typeof v === 'string' ? v : `×${(v as { ratioToAnalyses: number }).ratioToAnalyses}`}`,
      )
      .join(', ')} (analyses ${analysesMs.toFixed(1)} ms)`,
  );
  return out;
}
