// The import boundaries are enforced by lint: an import across a boundary is an error, the same
// import in an allowed direction is not.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'import-x/no-restricted-paths').length;
}

describe('import boundaries', () => {
  it.each([
    [
      'src/analyses/probe.ts',
      "import { MemoryStore } from '../store/memory';\nexport const x = MemoryStore;\n",
    ],
    ['src/model/probe.ts', "import { ANALYSES } from '../analyses/registry';\nexport const x = ANALYSES;\n"],
    ['src/store/probe.ts', "import { createApp } from '../server/app';\nexport const x = createApp;\n"],
    ['src/server/probe.ts', "import { main } from '../cli/main';\nexport const x = main;\n"],
    [
      'web/src/probe.ts',
      "import { MemoryStore } from '../../src/store/memory';\nexport const x = MemoryStore;\n",
    ],
    ['src/contract/probe.ts', "import { createApp } from '../server/app';\nexport const x = createApp;\n"],
    [
      'web/src/probe.ts',
      "import { applyScenario } from '../../src/scenarios/apply';\nexport const x = applyScenario;\n",
    ],
  ])('refuses %s importing across its boundary', async (file, code) => {
    expect(await boundaryErrors(file, code)).toBe(1);
  });

  it.each([
    [
      'src/server/probe.ts',
      "import { MemoryStore } from '../store/memory';\nexport const x = MemoryStore;\n",
    ],
    [
      'web/src/probe.ts',
      "import type { OrgGraph } from '../../src/model/types';\nexport type X = OrgGraph;\n",
    ],
    [
      'web/src/probe.ts',
      "import type { NodeDetail } from '../../src/contract/responses';\nexport type X = NodeDetail;\n",
    ],
    ['web/src/probe.ts', "import { label } from '../../src/model/labels';\nexport const x = label;\n"],
  ])('allows %s importing downwards', async (file, code) => {
    expect(await boundaryErrors(file, code)).toBe(0);
  });
});
