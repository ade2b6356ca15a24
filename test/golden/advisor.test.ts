// The advisor on the real dataset: the report's own options are among the proposals where the data
// supports them, every proposal re-runs through `cio-graph scenario` with the same diff, the
// incremental totals match a recomputation from scratch, and the cited passages are verbatim.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import seedrandom from 'seedrandom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advise } from '../../src/advisor/advise';
import type { Advice } from '../../src/advisor/advise';
import { Evaluator } from '../../src/advisor/evaluate';
import { GremiaModel } from '../../src/advisor/model';
import { applyMove, candidateMoves } from '../../src/advisor/moves';
import { REPORT_OPTIONS } from '../../src/advisor/report-options';
import { main } from '../../src/cli/main';
import { defaultSourcesDir } from '../../src/model/load';
import { normaliseForExcerpt } from '../../src/model/validate';
import { capture } from '../helpers/io';
import { REPORT_PRESENT, realGraph } from '../helpers/real';

let advice: Advice;
beforeAll(() => {
  advice = advise(realGraph(), { maxOps: 2, top: 8 });
});

const movesOf = (a: Advice) => a.proposals.flatMap((p) => p.moves);

describe('advisor on the real dataset', () => {
  it('includes the report’s own options the data supports, each citing the report', () => {
    const moves = movesOf(advice);
    expect(moves).toContainEqual({ kind: 'merge', from: 'acd', into: 'cio-beraad' });
    expect(moves).toContainEqual({ kind: 'merge', from: 'vooroverleg-cio-beraad', into: 'cio-beraad' });
    expect(moves).toContainEqual({
      kind: 'set-chair',
      body: 'cto-raad',
      role: 'rijk/CIO-Rijk',
      previous: ['rijk/hoofd-IDenV'],
    });
    const acd = advice.proposals.find((p) => p.moves.some((m) => m.kind === 'merge' && m.from === 'acd'))!;
    expect(acd.citations.map((c) => c.locator)).toContain('par. 3.2.1');
    expect(acd.scenario.source?.locator).toBe('par. 3.2.1');
    expect(acd.rationale.nl).toMatch(/samenvoeging van beide overlegstructuren/);
    const vooroverleg = advice.proposals.find((p) =>
      p.moves.some((m) => m.kind === 'merge' && m.from === 'vooroverleg-cio-beraad'),
    )!;
    // The report questions the vooroverleg and also advises a stronger role: both are cited.
    expect(vooroverleg.citations.filter((c) => c.counter).map((c) => c.locator)).toContain('par. 3.2.1');
    expect(advice.stats.rejected).toEqual([]);
    expect(advice.stats.mismatches).toEqual([]);
  });

  it('never proposes what touches pinned ids', () => {
    const pinned = advise(realGraph(), { maxOps: 2, top: 6, keep: ['acd', 'icbr'] });
    for (const p of pinned.proposals) {
      const touched = [
        ...p.changes.removedNodes,
        ...p.changes.changedNodes,
        ...p.changes.addedEdges,
        ...p.changes.removedEdges,
      ].join(' ');
      expect(touched).not.toMatch(/\bacd\b|\bicbr\b/);
    }
    expect(movesOf(pinned)).not.toContainEqual({ kind: 'merge', from: 'acd', into: 'cio-beraad' });
  });

  it('keeps its incremental totals equal to a recomputation from scratch, and undoes exactly', () => {
    const graph = realGraph();
    const model = new GremiaModel(graph, '2024');
    const ev = new Evaluator(model);
    const objectiveTotals = () => {
      const { overlap, reportedOverlap, cioSeats, meetingLoad, bodies, seatsWithUnknownFrequency } =
        ev.totals;
      return {
        overlap: +overlap.toFixed(9),
        reportedOverlap,
        cioSeats,
        meetingLoad: +meetingLoad.toFixed(9),
        bodies,
        seatsWithUnknownFrequency,
      };
    };
    const scratch = () => {
      const t = Evaluator.fromScratch(model);
      return {
        overlap: +t.overlap.toFixed(9),
        reportedOverlap: t.reportedOverlap,
        cioSeats: t.cioSeats,
        meetingLoad: +t.meetingLoad.toFixed(9),
        bodies: t.bodies,
        seatsWithUnknownFrequency: t.seatsWithUnknownFrequency,
      };
    };
    const start = objectiveTotals();
    const rng = seedrandom('oracle');
    const ctx = { chainRoots: ['icbr'], chairTargets: [{ body: 'cto-raad', role: 'rijk/CIO-Rijk' }] };
    for (let run = 0; run < 12; run++) {
      const mark = model.log.mark();
      for (let step = 0; step < 3; step++) {
        const moves = candidateMoves(ev, ctx);
        applyMove(ev, moves[Math.floor(rng() * moves.length)]!);
        expect(objectiveTotals()).toEqual(scratch());
      }
      model.log.rollback(mark);
      expect(objectiveTotals()).toEqual(start);
    }
  });

  it.runIf(REPORT_PRESENT)('cites only verbatim passages of the report', () => {
    const report = normaliseForExcerpt(
      readFileSync(join(defaultSourcesDir(), 'evaluatie-cio-stelsel-rijksdienst-2024.txt'), 'utf8'),
    );
    for (const option of REPORT_OPTIONS)
      for (const p of option.passages) expect(report, p.excerpt).toContain(normaliseForExcerpt(p.excerpt!));
  });
});

describe('cio-graph advise', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cio-graph-advise-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every proposal as a scenario file that cio-graph scenario runs to the same diff', async () => {
    const io = capture();
    expect(await main(['advise', '--top', '4', '--max-ops', '2', '--out', dir, '--format', 'json'], io)).toBe(
      0,
    );
    expect(io.stderr.join('\n')).toMatch(/evaluated/);
    const written = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(written.length).toBeGreaterThanOrEqual(4);
    for (const file of written) {
      const run = capture();
      expect(await main(['scenario', join(dir, file), '--format', 'json'], run)).toBe(0);
      const expected = readFileSync(join(dir, file.replace(/\.yaml$/, '.diff.json')), 'utf8');
      expect(`${run.stdout.join('')}\n`).toBe(expected);
    }
    const printed = JSON.parse(io.stdout.join('')) as { proposals: unknown[] };
    expect(printed.proposals.length).toBe(written.length);
  });

  it('refuses bad flags with exit 2', async () => {
    expect(await main(['advise', '--objective', 'happiness'], capture())).toBe(2);
    expect(await main(['advise', '--max-ops', 'x'], capture())).toBe(2);
    expect(await main(['advise', '--keep', 'no-such-body'], capture())).toBe(2);
  });
});
