// The real dataset, loaded once per test file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, defaultSourcesDir, loadDataset } from '../../src/model/load';
import type { OrgGraph } from '../../src/model/types';

let cached: OrgGraph | undefined;
export function realGraph(): OrgGraph {
  cached ??= loadDataset(DEFAULT_DATA_DIR);
  return cached;
}

export const REPORT_PRESENT = existsSync(
  join(defaultSourcesDir(), 'evaluatie-cio-stelsel-rijksdienst-2024.txt'),
);
