import { describe, expect, it } from 'vitest';
import { BUDGETS } from './budgets';
import { firstViewScripts, gzipSize, type Manifest } from './first-view-bytes';
import { formatReport } from './report';

const manifest: Manifest = {
  'src/boot.ts': { file: 'assets/boot.js', isEntry: true, imports: ['_preload.js'], dynamicImports: ['src/main.tsx'] },
  '_preload.js': { file: 'assets/preload.js' },
  'src/main.tsx': { file: 'assets/main.js', imports: ['_shared.js'], dynamicImports: ['src/chart.tsx'] },
  '_shared.js': { file: 'assets/shared.js', imports: ['_util.js'] },
  '_util.js': { file: 'assets/util.js' },
  'src/chart.tsx': { file: 'assets/chart.js', imports: ['_shared.js', '_recharts.js'] },
  '_recharts.js': { file: 'assets/recharts.js' },
};

describe('first-view scripts', () => {
  it('take the entry, the app it starts and their static imports, each once, and leave lazy chunks out', () => {
    expect(firstViewScripts(manifest)).toEqual([
      'assets/boot.js',
      'assets/preload.js',
      'assets/main.js',
      'assets/shared.js',
      'assets/util.js',
    ]);
  });

  it('count a chunk the app imports statically even when a lazy chunk also imports it', () => {
    const eager: Manifest = {
      ...manifest,
      'src/main.tsx': { ...manifest['src/main.tsx']!, imports: ['_shared.js', '_recharts.js'] },
    };
    expect(firstViewScripts(eager)).toContain('assets/recharts.js');
  });

  it('count the workers the first view starts, but not images or those of lazy chunks', () => {
    const withWorkers: Manifest = {
      ...manifest,
      'src/boot.ts': { ...manifest['src/boot.ts']!, assets: ['assets/catalog-worker.js', 'assets/logo.svg'] },
      'src/chart.tsx': { ...manifest['src/chart.tsx']!, assets: ['assets/chart-worker.js'] },
    };
    const files = firstViewScripts(withWorkers);
    expect(files).toContain('assets/catalog-worker.js');
    expect(files).not.toContain('assets/logo.svg');
    expect(files).not.toContain('assets/chart-worker.js');
  });

  it('refuse a manifest without an entry or with a dangling import', () => {
    expect(() => firstViewScripts({ 'a.js': { file: 'a.js' } })).toThrow(/no entry/);
    expect(() => firstViewScripts({ 'index.html': { file: 'i.js', isEntry: true, imports: ['_gone.js'] } })).toThrow(
      /_gone\.js/,
    );
  });

  it('measure gzip bytes, which repetitive text shrinks', () => {
    expect(gzipSize('a'.repeat(10_000))).toBeLessThan(100);
  });
});

describe('budget report', () => {
  it('marks a figure over its budget as failing, and a score under its floor too', () => {
    const within = formatReport([{ label: 'JS', shown: '120 kB', value: 120, budget: BUDGETS.firstViewJs }]);
    expect(within.passed).toBe(true);
    const over = formatReport([
      { label: 'JS', shown: '151 kB', value: 151, budget: BUDGETS.firstViewJs },
      { label: 'heap', shown: '30 MB' },
    ]);
    expect(over.passed).toBe(false);
    expect(over.text).toMatch(/\| JS +\| 151 kB +\| ≤ 150 kB \| FAIL \|/);
    expect(
      formatReport([{ label: 'a11y', shown: '98', value: 98, budget: BUDGETS.lighthouseAccessibility }]).passed,
    ).toBe(false);
    expect(
      formatReport([{ label: 'a11y', shown: '100', value: 100, budget: BUDGETS.lighthouseAccessibility }]).passed,
    ).toBe(true);
  });
});
