// The Advies panel's pure parts: the query it sends (accepted by the API's own schema) and the
// objective changes a proposal row shows.
import { describe, expect, it } from 'vitest';
import { AdviceQuery } from '../../src/server/routes/advice';
import {
  OBJECTIVES,
  adviceQuery,
  citedLocators,
  objectiveChanges,
} from '../../web/src/features/advice/producers';
import type { AdviceProposal } from '../../web/src/features/advice/producers';

describe('Advies panel', () => {
  it('sends the primary objective first and the pins, in a query the API accepts', () => {
    const path = adviceQuery({ primary: 'bodies', maxOps: 2, keep: ' acd, icbr ,', top: 8 });
    const query = Object.fromEntries(new URL(path, 'http://x').searchParams);
    const parsed = AdviceQuery.parse(query);
    expect(parsed.objective![0]).toBe('bodies');
    expect(parsed.objective).toHaveLength(OBJECTIVES.length);
    expect(parsed.keep).toEqual(['acd', 'icbr']);
    expect(parsed).toMatchObject({ maxOps: 2, top: 8 });
    expect(
      new URL(adviceQuery({ primary: 'overlap', maxOps: 1, keep: '', top: 3 }), 'http://x').searchParams.has(
        'keep',
      ),
    ).toBe(false);
  });

  it('shows only the objectives a proposal changes, and whether for the better', () => {
    const values = {
      overlap: 0.5,
      reportedOverlap: 4,
      cioSeats: 26,
      meetingLoad: 20,
      bodies: 66,
      deviations: 8,
    };
    const p = {
      objectives: { before: values, after: { ...values, bodies: 65, deviations: 9 } },
      citations: [{ locator: 'par. 3.2.1' }, { locator: 'par. 3.2.1' }, { locator: 'par. 5.1.1' }],
    } as unknown as AdviceProposal;
    expect(objectiveChanges(p, OBJECTIVES)).toEqual([
      { id: 'bodies', text: '66 → 65', better: true },
      { id: 'deviations', text: '8 → 9', better: false },
    ]);
    expect(citedLocators(p)).toEqual(['par. 3.2.1', 'par. 5.1.1']);
  });
});
