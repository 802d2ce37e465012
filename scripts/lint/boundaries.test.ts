// @vitest-environment node
/**
 * The architecture rules of DESIGN.md are enforced by lint; these cases prove that the rules
 * actually fire, so a config change that silently disables them fails the build.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('architecture lint rules', () => {
  it('rejects react in src/domain', async () => {
    const ids = await ruleIds("import { useState } from 'react';\nexport const x = useState;\n", 'src/domain/probe.ts');
    expect(ids).toContain('no-restricted-imports');
  });

  it('rejects zustand, react-query and recharts in src/domain', async () => {
    for (const lib of ['zustand', '@tanstack/react-query', 'recharts']) {
      const ids = await ruleIds(`import * as m from '${lib}';\nexport const x = m;\n`, 'src/domain/probe.ts');
      expect(ids, lib).toContain('no-restricted-imports');
    }
  });

  it('rejects DOM globals in src/domain', async () => {
    const ids = await ruleIds('export const x = () => window.location.href;\n', 'src/domain/probe.ts');
    expect(ids).toContain('no-restricted-globals');
  });

  it('rejects one feature folder importing another', async () => {
    const ids = await ruleIds(
      "import { CostTable } from '../cost/cost-table';\nexport const x = CostTable;\n",
      'src/features/traffic/probe.ts',
    );
    expect(ids).toContain('boundaries/dependencies');
  });

  it('allows a feature to import its own files and the layers below', async () => {
    const ids = await ruleIds(
      "import { ok } from '../../domain/result';\nimport { x as y } from './sibling';\nexport const x = [ok, y];\n",
      'src/features/traffic/probe.ts',
    );
    expect(ids).not.toContain('boundaries/dependencies');
    expect(ids).not.toContain('no-restricted-imports');
  });
});
