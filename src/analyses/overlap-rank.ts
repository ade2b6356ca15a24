// How well a score ranks the pairs the report names above the pairs it does not: the area under the
// ROC curve (the Mann-Whitney U statistic over all reported × unreported pairs, ties counting half)
// and the mean rank of each group (1 = top, tied pairs share their mean rank).

export interface RankCheck {
  reported: number;
  unreported: number;
  auc: number;
  meanRankReported: number;
  meanRankUnreported: number;
}

export function rankCheck<T>(
  pairs: readonly T[],
  score: (p: T) => number,
  reported: (p: T) => boolean,
): RankCheck {
  const sorted = [...pairs].sort((x, y) => score(y) - score(x));
  // Mean ranks with ties, 1-based from the top.
  const ranks = new Map<T, number>();
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && score(sorted[j + 1]!) === score(sorted[i]!)) j++;
    for (let k = i; k <= j; k++) ranks.set(sorted[k]!, (i + j) / 2 + 1);
    i = j + 1;
  }
  const yes = pairs.filter(reported);
  const no = pairs.filter((p) => !reported(p));
  let u = 0;
  for (const r of yes) for (const n of no) u += score(r) > score(n) ? 1 : score(r) === score(n) ? 0.5 : 0;
  const mean = (list: readonly T[]) =>
    list.length ? list.reduce((s, p) => s + ranks.get(p)!, 0) / list.length : NaN;
  return {
    reported: yes.length,
    unreported: no.length,
    auc: yes.length && no.length ? u / (yes.length * no.length) : NaN,
    meanRankReported: mean(yes),
    meanRankUnreported: mean(no),
  };
}
