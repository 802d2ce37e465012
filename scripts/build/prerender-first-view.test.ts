import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Runs the build's prerender in a process of its own, as `vite build` does, and reports what
 * Node still holds open once it has returned. Anything there (a timer, a socket, a server) keeps
 * the build alive after its files are written: the query cache's garbage-collection timer did, for
 * five minutes, while the prerender ran under a simulated browser.
 */
const PROBE = `
import { renderFirstView } from './scripts/build/prerender-first-view.ts';
const markup = await renderFirstView(process.cwd(), 'public/catalog');
// Vite's own short timers (its dependency crawl) end within milliseconds; a second is plenty.
await new Promise((done) => setTimeout(done, 1000));
const held = process.getActiveResourcesInfo().filter((kind) => !['TTYWrap', 'PipeWrap'].includes(kind));
console.log(JSON.stringify({ length: markup.length, held }));
`;

describe('the build prerender', () => {
  it('renders the default comparison and leaves nothing that keeps the process alive', () => {
    const started = Date.now();
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', PROBE], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 45_000,
    });
    const seconds = (Date.now() - started) / 1000;
    expect(run.stderr).not.toMatch(/Error/);
    const report = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { length: number; held: string[] };
    expect(report.held).toEqual([]);
    expect(report.length).toBeGreaterThan(10_000);
    // Killed by the timeout means something still held the process after the report.
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
    expect(seconds).toBeLessThan(45);
  }, 60_000);
});
