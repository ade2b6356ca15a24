// `cio-graph generate`: writes a synthetic dataset (YAML or JSON, one file per ministry) and `_planted.json`,
// the list of findings it planted.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDataset } from '../synthetic/generate';
import { writeDataset } from '../synthetic/write';
import type { Io } from './main';
import { UsageError, parse } from './main';

export function generateCommand(args: string[], io: Io): number {
  const { values } = parse(args, {
    ministries: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
    format: { type: 'string' },
  });
  const format = (values.format as string | undefined) ?? 'yaml';
  if (format !== 'yaml' && format !== 'json') throw new UsageError('cio-graph: --format takes yaml or json');
  const ministries = Number(values.ministries ?? 12);
  if (!Number.isInteger(ministries) || ministries < 1)
    throw new UsageError('cio-graph: --ministries takes a positive whole number');
  const out = (values.out as string | undefined) ?? 'generated';
  const dataset = generateDataset({ ministries, seed: (values.seed as string | undefined) ?? 'cio-graph' });
  writeDataset(dataset.files, out, format);
  writeFileSync(join(out, '_planted.json'), `${JSON.stringify(dataset.planted, null, 2)}\n`);
  io.err(
    `wrote ${dataset.nodeCount} nodes and ${dataset.edgeCount} edges to ${out} (planted findings in _planted.json)`,
  );
  return 0;
}
