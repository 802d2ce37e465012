/**
 * File access for the upstream datasets: reads each folder's JSON and finds the dataset's
 * date from its SOURCE.json, falling back to dates inside the data, so a fresh upstream copy
 * without SOURCE.json works unchanged. The date is the data's, never the clock's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Provider as GenaiProvider } from '@pydantic/genai-prices';
import { bundledGenaiPrices, genaiPricesVersion, readGenaiPrices } from './read-genai-prices';
import { readLeaderboard } from './read-leaderboard';
import { readLitellm } from './read-litellm';
import { readModelsDev } from './read-models-dev';
import type { SourceData } from './types';
import { byString, isRecord, toDate } from './util';

/** genai-prices' data ships inside its npm package (pinned by the lockfile), not in the upstream folder. */
const bundled = await bundledGenaiPrices();

export interface UpstreamPaths {
  modelsDev: string;
  litellm: string;
  leaderboard: string;
}

function readJson(path: string): unknown {
  if (!existsSync(path)) throw new Error(`Missing upstream file: ${path}`);
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

function sourceJsonDate(dir: string): string | undefined {
  const path = join(dir, 'SOURCE.json');
  if (!existsSync(path)) return undefined;
  const raw = readJson(path);
  if (!isRecord(raw)) return undefined;
  return toDate(raw.commit_date) ?? toDate(raw.copied_at);
}

/** The newest date found under `field` in any nested object: the data's own last change. */
function newestDate(value: unknown, field: string): string | undefined {
  let newest: string | undefined;
  const visit = (v: unknown, depth: number) => {
    if (depth > 4) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (isRecord(v)) {
      const d = toDate(v[field]);
      if (d && d.length === 10 && (!newest || byString(d, newest) > 0)) newest = d;
      for (const x of Object.values(v)) if (typeof x === 'object') visit(x, depth + 1);
    }
  };
  visit(value, 0);
  return newest;
}

export interface UpstreamOptions {
  /** genai-prices' providers (default: the data the package bundles); with none, it is not a source. */
  genaiPrices?: readonly GenaiProvider[];
}

export function readUpstream(paths: UpstreamPaths, options: UpstreamOptions = {}): SourceData[] {
  const genaiPrices = options.genaiPrices ?? bundled;
  const api = readJson(join(paths.modelsDev, 'api.json'));
  const metadataPath = join(paths.modelsDev, 'models-metadata.json');
  const metadata = existsSync(metadataPath) ? readJson(metadataPath) : {};
  const modelsDevDate = sourceJsonDate(paths.modelsDev) ?? newestDate(api, 'last_updated') ?? '1970-01-01';
  const litellm = readJson(join(paths.litellm, 'model_prices_and_context_window.json'));
  const litellmDate = sourceJsonDate(paths.litellm) ?? '1970-01-01';
  const board = readJson(join(paths.leaderboard, 'llm_leaderboard.json'));
  const boardDate = sourceJsonDate(paths.leaderboard) ?? newestDate(board, 'updated_at') ?? '1970-01-01';
  return [
    readModelsDev(api, metadata, modelsDevDate),
    readLitellm(litellm, litellmDate),
    readLeaderboard(board, boardDate),
    ...(genaiPrices.length ? [readGenaiPrices(genaiPrices, { version: genaiPricesVersion() })] : []),
  ];
}
