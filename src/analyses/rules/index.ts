// All norm rules, in article order. One file per article; this list is the only place they are collected.
import type { Rule } from './rule';
import { art31 } from './art-3-1';
import { art33 } from './art-3-3';
import { art34 } from './art-3-4';
import { art35 } from './art-3-5';
import { art61 } from './art-6-1';
import { art101 } from './art-10-1';
import { art103 } from './art-10-3';
import { art122 } from './art-12-2';
import { art152 } from './art-15-2';
import { art157 } from './art-15-7';
import { art163 } from './art-16-3';

export const RULES: readonly Rule[] = [
  art31,
  art33,
  art34,
  art35,
  art61,
  art101,
  art103,
  art122,
  art152,
  art157,
  art163,
];
export type { Rule, DeviationFinding, FindingStatus } from './rule';
export { FINDING_STATUSES } from './rule';
