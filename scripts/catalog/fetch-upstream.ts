/**
 * `npm run catalog -- --fetch`: downloads the newest upstream files into a cache folder laid out
 * like the offline snapshot (one folder per dataset, each with a SOURCE.json saying where and
 * when its files were taken), so the build reads them exactly as it reads the snapshot. Every
 * file is checked before anything is written, and each folder is replaced whole: a failed
 * download leaves the previous cache as it was.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ECB_FILE, parseEcbRates } from './ecb-rates';
import { isRecord } from './util';

/** Where each dataset is downloaded from: a base address its file names are appended to. */
export interface UpstreamBases {
  modelsDev: string;
  litellm: string;
  /** llm-leaderboard publishes one file per record in its repository, not one data file: no default. */
  leaderboard?: string;
  ecb: string;
}

export const DEFAULT_BASES: UpstreamBases = {
  modelsDev: 'https://models.dev',
  litellm: 'https://raw.githubusercontent.com/BerriAI/litellm/main',
  ecb: 'https://www.ecb.europa.eu/stats/eurofxref',
};

/** Flags (`--<flag> <url>`) and environment variables that override the bases, for CI and tests. */
export const BASE_FLAG: Record<keyof UpstreamBases, string> = {
  modelsDev: 'models-dev-url',
  litellm: 'litellm-url',
  leaderboard: 'leaderboard-url',
  ecb: 'ecb-url',
};

export const BASE_ENV: Record<keyof UpstreamBases, string> = {
  modelsDev: 'CATALOG_MODELS_DEV_URL',
  litellm: 'CATALOG_LITELLM_URL',
  leaderboard: 'CATALOG_LEADERBOARD_URL',
  ecb: 'CATALOG_ECB_URL',
};

interface Download {
  /** Name of the file at the base address. */
  remote: string;
  /** Name the build reads it under. */
  file: string;
  /** A file the reader can do without: a 404 is recorded and the build goes on. */
  optional?: boolean;
  /** Throws when the text is not the kind of file the reader expects. */
  check: (text: string) => void;
}

export interface Dataset {
  key: keyof UpstreamBases;
  folder: string;
  title: string;
  license: string;
  base?: string;
  downloads: Download[];
}

function jsonObject(what: string, test: (value: Record<string, unknown>) => boolean) {
  return (text: string) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new Error(`${what} is not JSON`);
    }
    if (!isRecord(value) || !test(value)) throw new Error(`${what} does not have the expected shape`);
  };
}

const someValues = (value: Record<string, unknown>, test: (entry: [string, unknown]) => boolean) => {
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(test);
};

export function upstreamDatasets(bases: UpstreamBases): Dataset[] {
  return [
    {
      key: 'modelsDev',
      folder: 'models.dev',
      title: 'models.dev',
      license: 'MIT',
      base: bases.modelsDev,
      downloads: [
        {
          remote: 'api.json',
          file: 'api.json',
          check: jsonObject('models.dev api.json', (v) =>
            someValues(v, ([, p]) => isRecord(p) && (p.models === undefined || isRecord(p.models))),
          ),
        },
        {
          // The provider-independent model records, keyed lab/model, as models-metadata.json in the snapshot.
          remote: 'models.json',
          file: 'models-metadata.json',
          optional: true,
          check: jsonObject('models.dev models.json', (v) => someValues(v, ([k, m]) => k.includes('/') && isRecord(m))),
        },
      ],
    },
    {
      key: 'litellm',
      folder: 'litellm',
      title: 'BerriAI/litellm model prices',
      license: 'MIT',
      base: bases.litellm,
      downloads: [
        {
          remote: 'model_prices_and_context_window.json',
          file: 'model_prices_and_context_window.json',
          check: jsonObject('litellm model_prices_and_context_window.json', (v) => Object.keys(v).length > 0),
        },
      ],
    },
    {
      key: 'leaderboard',
      folder: 'llm-leaderboard',
      title: 'llm-leaderboard (LLM Stats)',
      license: 'CC BY 4.0',
      base: bases.leaderboard,
      downloads: [
        {
          remote: 'llm_leaderboard.json',
          file: 'llm_leaderboard.json',
          check: jsonObject('llm_leaderboard.json', (v) => isRecord(v.models)),
        },
      ],
    },
    {
      key: 'ecb',
      folder: 'ecb',
      title: 'European Central Bank euro reference rates',
      license: 'ECB statistics: reuse permitted provided the source is acknowledged',
      base: bases.ecb,
      downloads: [{ remote: ECB_FILE, file: ECB_FILE, check: (text) => void parseEcbRates(text) }],
    },
  ];
}

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

export interface FetchOptions {
  /** Injected for tests; Node's own fetch otherwise. */
  fetch?: Fetch;
  /** The fetch time written to SOURCE.json; the build reads it as the data's date. */
  now?: Date;
  /** Where a dataset without a download address is copied from, by folder. */
  fallbackDirs?: Partial<Record<string, string>>;
  timeoutMs?: number;
}

interface FetchedFile {
  file: string;
  url: string;
  text?: string;
  missing?: string;
}

export interface FetchedDataset {
  folder: string;
  /** How the folder was filled: downloaded, or copied from a local folder for want of an address. */
  how: 'downloaded' | 'copied';
  from: string;
  files: string[];
  notes: string[];
}

const joinUrl = (base: string, name: string) => `${base.replace(/\/+$/, '')}/${name}`;

async function download(d: Download, base: string, fetch: Fetch, timeoutMs: number): Promise<FetchedFile> {
  const url = joinUrl(base, d.remote);
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (error) {
    throw new Error(`${url}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (d.optional && response.status === 404) return { file: d.file, url, missing: 'HTTP 404' };
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`);
  const text = await response.text();
  try {
    d.check(text);
  } catch (error) {
    throw new Error(`${url}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return { file: d.file, url, text };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Writes `fill`'s files into a fresh folder beside `target`, then puts it in `target`'s place. */
function replaceFolder(target: string, fill: (dir: string) => void): void {
  const staging = `${target}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  fill(staging);
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
}

/**
 * Downloads every dataset (all of them first, so one failure writes nothing), then writes each
 * into `cacheDir/<folder>` with a SOURCE.json recording the address, size and SHA-256 of each
 * file and the fetch time as `copied_at`. A dataset without a base address is copied from
 * its fallback folder with that folder's own SOURCE.json, so its date stays the data's.
 */
export async function fetchUpstream(
  cacheDir: string,
  datasets: readonly Dataset[],
  options: FetchOptions = {},
): Promise<FetchedDataset[]> {
  const fetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const copiedAt = (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const downloaded = await Promise.all(
    datasets.map(async (d) => {
      if (!d.base) {
        const from = options.fallbackDirs?.[d.folder];
        if (!from || !existsSync(from))
          throw new Error(
            `${d.title}: no download address and no local copy${from ? ` at ${from}` : ''}; give one with --${BASE_FLAG[d.key]} or ${BASE_ENV[d.key]}`,
          );
        return { d, from, files: undefined };
      }
      const base = d.base;
      return { d, from: base, files: await Promise.all(d.downloads.map((x) => download(x, base, fetch, timeoutMs))) };
    }),
  );
  mkdirSync(cacheDir, { recursive: true });
  return downloaded.map(({ d, from, files }): FetchedDataset => {
    const target = join(cacheDir, d.folder);
    if (!files) {
      replaceFolder(target, (dir) => cpSync(from, dir, { recursive: true }));
      return { folder: d.folder, how: 'copied', from, files: d.downloads.map((x) => x.file), notes: [] };
    }
    const notes = files.filter((f) => f.missing).map((f) => `${f.url} not published (${f.missing})`);
    replaceFolder(target, (dir) => {
      for (const f of files) if (f.text !== undefined) writeFileSync(join(dir, f.file), f.text);
      const source = {
        source: d.title,
        copied_at: copiedAt,
        fetched_by: 'npm run catalog -- --fetch',
        license: d.license,
        files: Object.fromEntries(
          files.map((f) => [
            f.file,
            f.text === undefined
              ? { url: f.url, missing: f.missing }
              : { url: f.url, bytes: Buffer.byteLength(f.text), sha256: sha256(f.text) },
          ]),
        ),
      };
      writeFileSync(join(dir, 'SOURCE.json'), `${JSON.stringify(source, null, 2)}\n`);
    });
    return {
      folder: d.folder,
      how: 'downloaded',
      from,
      files: files.filter((f) => f.text !== undefined).map((f) => f.file),
      notes,
    };
  });
}

/** Bases from flags, then the environment, then the defaults. */
export function resolveBases(
  flags: Partial<Record<keyof UpstreamBases, string>>,
  env: Record<string, string | undefined>,
): UpstreamBases {
  const pick = (key: keyof UpstreamBases) => flags[key] || env[BASE_ENV[key]] || DEFAULT_BASES[key];
  return {
    modelsDev: pick('modelsDev') ?? DEFAULT_BASES.modelsDev,
    litellm: pick('litellm') ?? DEFAULT_BASES.litellm,
    leaderboard: pick('leaderboard'),
    ecb: pick('ecb') ?? DEFAULT_BASES.ecb,
  };
}
