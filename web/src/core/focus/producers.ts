// Ministry focus, pure part: what the focus summary lists.
import { decentralCios } from '../../graph/visibility';
import type { DataGraph } from '../../graph/visibility';

export interface FocusSummary {
  ministry: string;
  /** Nodes in the focused network. */
  size: number;
  decentralCios: string[];
  /** Rijk-level bodies the ministry's CIO sits in, by id. */
  rijkBodies: string[];
}

export function focusSummaryOf(data: DataGraph, ministry: string, focus: Set<string>): FocusSummary {
  const rijkBodies = [...focus].filter((n) => {
    if (!data.hasNode(n)) return false;
    const a = data.getNodeAttributes(n);
    return a.kind === 'body' && a.level === 'rijk';
  });
  return {
    ministry,
    size: focus.size,
    decentralCios: decentralCios(data, ministry),
    rijkBodies: rijkBodies.sort(),
  };
}

/** The ministry codes in menu order. */
export function ministryCodes(data: DataGraph): string[] {
  return data
    .filterNodes((_n, a) => a.kind === 'ministry')
    .map((n) => data.getNodeAttribute(n, 'ministries')?.[0] ?? n)
    .sort();
}
