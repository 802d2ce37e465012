/**
 * Lighthouse's performance and accessibility scores for a page, with its default settings (a
 * throttled mobile device), run through its own CLI so it launches its own Chromium.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  /** Failed accessibility audits, to say what to fix. */
  failing: string[];
}

interface Report {
  categories: Record<'performance' | 'accessibility', { score: number | null; auditRefs: { id: string }[] }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; title: string }>;
}

const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');

export async function runLighthouse(url: string, chromePath: string): Promise<LighthouseScores> {
  const dir = mkdtempSync(join(tmpdir(), 'versus-lighthouse-'));
  const output = join(dir, 'report.json');
  try {
    await promisify(execFile)(
      process.execPath,
      [
        cli,
        url,
        '--quiet',
        '--output=json',
        `--output-path=${output}`,
        '--only-categories=performance,accessibility',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      ],
      { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 },
    );
    const report = JSON.parse(readFileSync(output, 'utf8')) as Report;
    const score = (id: 'performance' | 'accessibility') => Math.round((report.categories[id].score ?? 0) * 100);
    const failing = report.categories.accessibility.auditRefs
      .map((ref) => report.audits[ref.id])
      .filter((audit) => audit && audit.scoreDisplayMode === 'binary' && audit.score === 0)
      .map((audit) => audit!.title);
    return { performance: score('performance'), accessibility: score('accessibility'), failing };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
