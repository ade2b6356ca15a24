// Change sets for the workspace tests: a fictitious decentral CIO and facts, clearly marked as test data.
import type { ChangeSet } from '../../src/workspace/schema';

export const TEST_DOC = {
  id: 'test-organisatiebesluit',
  title: 'Test organisatiebesluit (fictitious, for tests)',
  author: 'cio-graph tests',
  date: '2025-03-01',
};

export function addDecentralCio(base: number, suffix = 'X', ministry = 'JenV'): ChangeSet {
  return {
    base,
    reason: `Test: a new decentral CIO at ${ministry}/ORG-${suffix}`,
    validFrom: '2025-03-01',
    sources: [{ doc: TEST_DOC.id, locator: 'art. 1' }],
    documents: [TEST_DOC],
    operations: [
      {
        op: 'add-node',
        id: `${ministry}/ORG-${suffix}`,
        kind: 'organisation',
        type: 'unit_or_agency',
        name: `Test organisation ${suffix}`,
      },
      {
        op: 'add-node',
        id: `${ministry}/CIO-${suffix}`,
        kind: 'role',
        type: 'decentral_cio',
        name: `CIO test ${suffix}`,
      },
      {
        op: 'add-edge',
        kind: 'hosted_by',
        from: `${ministry}/CIO-${suffix}`,
        to: `${ministry}/ORG-${suffix}`,
      },
      { op: 'set-reports-to', role: `${ministry}/CIO-${suffix}`, to: `${ministry}/CIO` },
      { op: 'add-membership', role: `${ministry}/CIO-${suffix}`, body: `${ministry}/cio-raad` },
    ],
  };
}

export function setFulltime(
  base: number,
  role = 'JenV/CIO',
  value = true,
  validFrom = '2025-06-01',
): ChangeSet {
  return {
    base,
    reason: `Test: ${role} becomes ${value ? 'full-time' : 'part-time'}`,
    validFrom,
    sources: [{ doc: TEST_DOC.id, locator: 'art. 2' }],
    documents: [TEST_DOC],
    operations: [{ op: 'set-fact', node: role, property: 'fulltime', value }],
  };
}

export const ADMIN = { name: 'test-admin', scopes: ['admin'] } as const;
export const JENV = { name: 'test-jenv', scopes: ['edit:JenV'] } as const;
