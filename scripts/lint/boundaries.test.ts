// @vitest-environment node
/**
 * The architecture rules of DESIGN.md are enforced by lint; these cases prove that the rules
 * actually fire, so a config change that silently disables them fails the build.
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The probes are files that do not exist, so the type-aware rules (which need a file in the
// TypeScript project) are off here; the architecture rules need no types.
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: tseslint.configs.disableTypeChecked });

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

  it('rejects every import that runs up the layer order', async () => {
    const upward: [from: string, to: string][] = [
      ['src/domain/probe.ts', '../state/comparison-store'],
      ['src/domain/probe.ts', '../lib/query-client'],
      ['src/catalog/probe.ts', '../state/comparison-store'],
      ['src/state/probe.ts', '../components/ui/when-idle'],
      ['src/components/ui/probe.ts', '../../features/cost/cost-panel'],
      ['src/features/cost/probe.ts', '../../app/app'],
      ['src/state/probe.ts', '../mocks/fixture-catalog'],
    ];
    for (const [file, target] of upward) {
      const ids = await ruleIds(`import * as m from '${target}';\nexport const x = m;\n`, file);
      expect(ids, `${file} -> ${target}`).toContain('boundaries/dependencies');
    }
  });

  it('allows imports down the layer order, and tests to use the mocks', async () => {
    const downward: [from: string, to: string][] = [
      ['src/app/probe.ts', '../features/cost/cost-panel'],
      ['src/features/cost/probe.ts', '../../components/ui/when-idle'],
      ['src/state/probe.ts', '../catalog/hooks'],
      ['src/catalog/probe.ts', '../domain/result'],
      ['src/state/probe.test.ts', '../mocks/fixture-catalog'],
    ];
    for (const [file, target] of downward) {
      const ids = await ruleIds(`import * as m from '${target}';\nexport const x = m;\n`, file);
      expect(ids, `${file} -> ${target}`).not.toContain('boundaries/dependencies');
    }
  });
});
