// The scenario, diff, export and import commands: output shapes and exit codes.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { capture } from '../helpers/io';

const temp = () => mkdtempSync(join(tmpdir(), 'cio-graph-cli-'));

describe('cio-graph scenario', () => {
  it('prints { scenario, diff } as JSON, each analysis as { added, removed, changed } and the structure counts', async () => {
    const io = capture();
    expect(
      await main(['scenario', 'data/scenarios/merge-acd-into-cio-beraad.yaml', '--format', 'json'], io),
    ).toBe(0);
    const out = JSON.parse(io.stdout.join(''));
    expect(Object.keys(out)).toEqual(['scenario', 'diff']);
    expect(Object.keys(out.diff)).toEqual([
      'deviations',
      'overlap',
      'fragmentation',
      'centrality',
      'structure',
    ]);
    for (const k of ['deviations', 'overlap', 'fragmentation', 'centrality'])
      expect(Object.keys(out.diff[k])).toEqual(['added', 'removed', 'changed']);
    // The ACD's pairs go with it: with the CIO-beraad, and with the ICBR and OBDO that the same
    // statements name (those pairs live on as CIO-beraad pairs).
    expect(out.diff.overlap.removed).toContainEqual(expect.objectContaining({ a: 'acd', b: 'cio-beraad' }));
    for (const p of out.diff.overlap.removed) expect([p.a, p.b]).toContain('acd');
    expect(out.diff.structure.before.bodies - out.diff.structure.after.bodies).toBe(1);
  });

  it('prints a readable table', async () => {
    const io = capture();
    expect(await main(['scenario', 'data/scenarios/cio-rijk-chairs-cto-raad.yaml', '--lang', 'en'], io)).toBe(
      0,
    );
    const text = io.stdout.join('\n');
    expect(text).toMatch(/## Deviations: \+0 −0 ~1/);
    expect(text).toMatch(/art\. 15\.7 rijk: deviation .* → {2}art\. 15\.7 rijk: compliant/);
  });

  it('exits 1 with the located operation when the scenario cannot be applied, 2 on a malformed file', async () => {
    const dir = temp();
    writeFileSync(
      join(dir, 'bad.yaml'),
      'name: x\noperations:\n  - op: set-chair\n    body: cto-raad\n    role: nobody\n',
    );
    const io = capture();
    expect(await main(['scenario', join(dir, 'bad.yaml')], io)).toBe(1);
    expect(io.stderr.join('')).toMatch(/bad\.yaml:operations\[0\] \(set-chair\):role: no node 'nobody'/);
    writeFileSync(join(dir, 'worse.yaml'), 'name: x\noperations:\n  - op: set-chair\n');
    const io2 = capture();
    expect(await main(['scenario', join(dir, 'worse.yaml')], io2)).toBe(2);
    expect(io2.stderr.join('')).toMatch(/worse\.yaml:operations\.0:body/);
  });
});

describe('cio-graph scenario --export', () => {
  it('writes the graph after the scenario in the chosen format', async () => {
    const dir = temp();
    const out = join(dir, 'after.gexf');
    const io = capture();
    expect(
      await main(
        ['scenario', 'data/scenarios/merge-acd-into-cio-beraad.yaml', '--export', 'gexf', '--out', out],
        io,
      ),
    ).toBe(0);
    const gexf = readFileSync(out, 'utf8');
    expect(gexf).toContain('id="cio-beraad"');
    expect(gexf).not.toContain('id="acd"');
    expect(
      await main(
        ['scenario', 'data/scenarios/merge-acd-into-cio-beraad.yaml', '--export', 'gexf'],
        capture(),
      ),
    ).toBe(2);
  });
});

describe('cio-graph diff', () => {
  it('--format json gives { changes: [{ subject, property, from, to, sources }] }', async () => {
    const io = capture();
    expect(await main(['diff', '--from', '2021', '--to', '2024', '--format', 'json'], io)).toBe(0);
    const out = JSON.parse(io.stdout.join(''));
    expect(out.changes.length).toBeGreaterThan(0);
    for (const c of out.changes)
      expect(Object.keys(c)).toEqual(['subject', 'property', 'from', 'to', 'sources']);
    expect(out.changes).toContainEqual(
      expect.objectContaining({ subject: 'BZK', property: 'inBestuursraad', from: true, to: false }),
    );
  });
});

describe('cio-graph export and import', () => {
  it('export writes every format; import reads it back into a dataset that validates', async () => {
    const dir = temp();
    for (const format of ['gexf', 'graphml', 'json', 'cypher']) {
      const io = capture();
      expect(await main(['export', '--format', format, '--out', join(dir, `g.${format}`)], io)).toBe(0);
      expect(readFileSync(join(dir, `g.${format}`), 'utf8').length).toBeGreaterThan(1000);
    }
    const csv = capture();
    expect(await main(['export', '--format', 'csv', '--out', join(dir, 'csv')], csv)).toBe(0);
    expect(existsSync(join(dir, 'csv', 'edges.csv'))).toBe(true);
    expect(await main(['export', '--format', 'csv'], capture())).toBe(2);
    const io = capture();
    expect(
      await main(
        ['import', join(dir, 'g.graphml'), '--format', 'graphml', '--out', join(dir, 'imported')],
        io,
      ),
    ).toBe(0);
    expect(io.stdout.join('')).toMatch(/imported 480 nodes, 654 edges, 1 documents/);
    expect(await main(['validate', '--data', join(dir, 'imported')], capture())).toBe(0);
  });

  it('import exits 1 with located rows and writes nothing on bad input', async () => {
    const dir = temp();
    writeFileSync(
      join(dir, 'nodes.csv'),
      'id,kind,type,name,sources\nJenV/X,organisation,spaceship,X,Tabel 4\n',
    );
    writeFileSync(join(dir, 'edges.csv'), 'kind,from,to,sources\n');
    const io = capture();
    expect(
      await main(['import', dir, '--format', 'csv', '--out', join(dir, 'out'), '--data', 'data'], io),
    ).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/nodes\.csv:line 2 \(JenV\/X\):type: /);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
