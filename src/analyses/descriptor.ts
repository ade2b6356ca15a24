// The shape of an analysis in the registry and the pieces every descriptor shares (sources, evidence,
// the snapshot parameter, number and locator formatting).
import { z } from 'zod';
import type { OrgGraph } from '../model/types';
import { SNAPSHOTS } from '../model/vocabulary';
import type { Explanation, Lang, TabularOutput } from './types';

export interface ParameterSpec {
  id: string;
  type: 'number' | 'string' | 'boolean' | 'enum' | 'string[]';
  defaultValue: unknown;
  description: Explanation;
  min?: number;
  max?: number;
  values?: readonly string[];
}

export interface AnalysisDescriptor<O = unknown> {
  id: string;
  title: Explanation;
  description: Explanation;
  parameters: ParameterSpec[];
  optionsSchema: z.ZodType;
  outputSchema: z.ZodType;
  run(graph: OrgGraph, options?: Record<string, unknown>): O;
  tabulate(output: O, lang: Lang): TabularOutput;
}

export const Source = z.object({ doc: z.string(), locator: z.string(), excerpt: z.string().optional() });
export const Evidence = z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) });
export const FactValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);
export const snapshotParam: ParameterSpec = {
  id: 'snapshot',
  type: 'enum',
  values: SNAPSHOTS,
  defaultValue: '2024',
  description: {
    nl: 'Peilmoment: nulmeting 2021 of evaluatie 2024',
    en: 'Snapshot: 2021 baseline or 2024 evaluation',
  },
};

export const fmt = (x: number) => x.toFixed(3);
export const loc = (sources: { locator: string }[]) => [...new Set(sources.map((s) => s.locator))].join('; ');
