// The advisor's objectives and their names, without dependencies: the viewer imports this file too.

export const OBJECTIVES = [
  'overlap',
  'reportedOverlap',
  'cioSeats',
  'meetingLoad',
  'bodies',
  'deviations',
] as const;
export type ObjectiveId = (typeof OBJECTIVES)[number];

export const OBJECTIVE_TITLES: Record<ObjectiveId, { nl: string; en: string }> = {
  overlap: { nl: 'berekende overlap (som van de scores)', en: 'computed overlap (sum of scores)' },
  reportedOverlap: { nl: 'overlappen die het rapport noemt', en: 'overlaps the report states' },
  cioSeats: { nl: 'zetels van departementale CIO’s', en: 'seats held by departmental CIOs' },
  meetingLoad: {
    nl: 'vergaderingen per jaar van departementale CIO’s (waar de frequentie bekend is)',
    en: 'meetings per year of departmental CIOs (where the frequency is known)',
  },
  bodies: { nl: 'aantal gremia', en: 'number of bodies' },
  deviations: { nl: 'afwijkingen van het Besluit', en: 'deviations from the Besluit' },
};
