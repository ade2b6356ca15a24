// The shared SVG renderer runs in the browser too: lint refuses Node built-ins and anything above it
// in src/render, and refuses the viewer importing the (Node-only) reports; the viewer may import the renderer.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
async function errors(filePath: string, code: string, rule: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === rule).length;
}

describe('render and report boundaries', () => {
  it('refuses Node built-ins in src/render', async () => {
    const code = "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n";
    expect(await errors('src/render/svg/probe.ts', code, 'no-restricted-imports')).toBe(1);
    expect(await errors('src/reports/probe.ts', code, 'no-restricted-imports')).toBe(0);
  });

  it('refuses src/render importing the analyses and web importing the reports', async () => {
    const analyses = "import { ANALYSES } from '../../analyses/registry';\nexport const x = ANALYSES;\n";
    expect(await errors('src/render/svg/probe.ts', analyses, 'import-x/no-restricted-paths')).toBe(1);
    const reports = "import { renderReport } from '../../src/reports';\nexport const x = renderReport;\n";
    expect(await errors('web/src/probe.ts', reports, 'import-x/no-restricted-paths')).toBe(1);
  });

  it('allows the viewer to import the renderer', async () => {
    const code =
      "import { renderGraphSvg } from '../../src/render/svg/graph';\nexport const x = renderGraphSvg;\n";
    expect(await errors('web/src/probe.ts', code, 'import-x/no-restricted-paths')).toBe(0);
  });
});
