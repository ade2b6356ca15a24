// `cio-graph generate`: writes a synthetic dataset (YAML or JSON, one file per ministry) and `_planted.json`,
// the list of findings it planted.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { generateDataset } from '../synthetic/generate';
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
  for (const file of dataset.files) {
    // JSON loads about a hundred times faster than YAML: the format for large generated datasets.
    // sources.yaml keeps its name: the validator finds the documents by it.
    const json = format === 'json' && !file.path.endsWith('sources.yaml');
    const full = join(out, json ? file.path.replace(/\.yaml$/, '.json') : file.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(
      full,
      json ? JSON.stringify(file.parsed) : stringify(file.parsed, { aliasDuplicateObjects: false }),
    );
  }
  writeFileSync(join(out, '_planted.json'), `${JSON.stringify(dataset.planted, null, 2)}\n`);
  io.err(
    `wrote ${dataset.nodeCount} nodes and ${dataset.edgeCount} edges to ${out} (planted findings in _planted.json)`,
  );
  return 0;
}
