// @vitest-environment node
/**
 * The catalog's published JSON Schemas: the committed files are what schema.ts generates today,
 * a standard validator (Ajv, draft 2020-12) accepts every file the catalog ships with them and
 * rejects a broken one with a message that points at the fault, and they accept and reject what
 * the app itself accepts and rejects.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseCatalogIndex, parseModel } from '../../src/catalog/parse';
import { SCHEMA_VERSION } from '../../src/catalog/schema';
import {
  INDEX_SCHEMA_FILE,
  MODEL_SCHEMA_FILE,
  catalogJsonSchemas,
  jsonSchemaFiles,
  schemaFolder,
  toCatalogJsonSchema,
  withEntrySchemas,
} from './json-schema';

const catalogDir = resolve(__dirname, '..', '..', 'public', 'catalog');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const committedSchema = (file: string): unknown => readJson(join(catalogDir, schemaFolder(), file));

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validateIndex = ajv.compile(committedSchema(INDEX_SCHEMA_FILE) as object);
const validateModel = ajv.compile(committedSchema(MODEL_SCHEMA_FILE) as object);

/**
 * One line per fault: where in the file, what is wrong, and the allowed values where there is a
 * list. A bad key is named once, by the error on the key itself, not again by its wrapper.
 */
function faults(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? [])
    .filter((e) => e.keyword !== 'propertyNames')
    .map((e) => {
      const where = e.instancePath || '/';
      const key = e.propertyName === undefined ? '' : ` key "${e.propertyName}"`;
      const allowed = 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : '';
      return `${where}${key}: ${e.message ?? e.keyword}${allowed}`;
    });
}

const check = (validate: ValidateFunction, data: unknown): string[] => (validate(data) ? [] : faults(validate.errors));

const modelFiles = readdirSync(join(catalogDir, 'models')).filter((f) => f.endsWith('.json'));
/** A catalog file to break: the cases reach deep into it, and typing each path would hide what they change. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type JsonFile = Record<string, any>;
const kimi = () => readJson(join(catalogDir, 'models', 'kimi-k2.5.json')) as JsonFile;
const index = () => readJson(join(catalogDir, 'index.json')) as JsonFile;

describe('the published JSON Schemas', () => {
  it('are what src/catalog/schema.ts generates (else run npx tsx scripts/catalog/json-schema.ts)', () => {
    for (const [path, text] of Object.entries(jsonSchemaFiles())) {
      const file = join(catalogDir, path);
      expect(existsSync(file), `${path} is missing`).toBe(true);
      expect(readFileSync(file, 'utf8') === text, `${path} is out of date with src/catalog/schema.ts`).toBe(true);
    }
  });

  it('sit in the folder of the catalog’s schema version, which the index schema pins', () => {
    expect(schemaFolder()).toBe(`schema/v${SCHEMA_VERSION}`);
    const { index: indexSchema, model } = catalogJsonSchemas();
    for (const schema of [indexSchema, model]) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toContain(`:v${SCHEMA_VERSION}:`);
      expect(schema.title).toBeTruthy();
      expect(schema.description).toContain('docs/catalog-api.md');
    }
    const next = index();
    next.meta.schemaVersion = SCHEMA_VERSION + 1;
    expect(check(validateIndex, next)).toEqual(['/meta/schemaVersion: must be equal to constant']);
  });

  it('name every list entry: a list the app leaves unknown cannot be published as "anything"', () => {
    const file = v.object({ id: v.string(), entries: v.array(v.unknown()) });
    const meta = { $id: 'urn:test', title: 'test', description: 'test' };
    expect(() => toCatalogJsonSchema(file, meta, {})).toThrow(/leaves a value unknown/);
    expect(() => withEntrySchemas(file, { id: v.string() })).toThrow(/"id" is not a list of unknown entries/);
    const typed = toCatalogJsonSchema(withEntrySchemas(file, { entries: v.number() }), meta, {});
    expect(typed.properties?.entries).toEqual({ type: 'array', items: { type: 'number' } });
  });
});

describe('the shipped catalog, checked with Ajv against the published schemas', () => {
  it('index.json validates', () => {
    expect(check(validateIndex, readJson(join(catalogDir, 'index.json')))).toEqual([]);
  });

  it('every model file validates', () => {
    const failing = modelFiles.flatMap((f) =>
      check(validateModel, readJson(join(catalogDir, 'models', f))).map((fault) => `${f} ${fault}`),
    );
    expect(failing).toEqual([]);
    expect(modelFiles.length).toBe((readJson(join(catalogDir, 'index.json')) as { models: unknown[] }).models.length);
    expect(modelFiles.length).toBeGreaterThanOrEqual(1200);
  });

  it('a broken model file fails, each fault named by its place in the file', () => {
    const broken = kimi();
    broken.routes[0].prices.input = -1;
    broken.routes[1].currency = 'usd';
    broken.capabilities.telepathy = { value: 'yes', source: 'models.dev' };
    broken.scores[0].value = 120;
    broken.releaseDate.value = '27/01/2026';
    delete broken.creatorId;
    expect(check(validateModel, broken)).toEqual([
      "/: must have required property 'creatorId'",
      '/releaseDate/value: must match pattern "^\\d{4}(-\\d{2}){0,2}$"',
      '/capabilities key "telepathy": must be equal to one of the allowed values (vision, multimodal, reasoning, function-calling, tool-use, structured-outputs, code-execution, computer-use, prompt-caching, batch-api, web-search, parallel-agents)',
      '/routes/0/prices/input: must be >= 0',
      '/routes/1/currency: must match pattern "^[A-Z]{3}$"',
      '/scores/0/value: must be <= 100',
    ]);
  });
});

describe('the JSON Schemas and the app agree', () => {
  type Mutation = [string, (file: JsonFile) => void];
  /** The app takes a file whole when it parses with no failure and no skipped entry. */
  const appTakesModel = (file: unknown) => {
    const parsed = parseModel(file, 'kimi-k2.5');
    return parsed.ok && parsed.data.warnings.length === 0;
  };
  const appTakesIndex = (file: unknown) => {
    const parsed = parseCatalogIndex(file);
    return parsed.ok && parsed.data.warnings.length === 0;
  };

  const modelMutations: Mutation[] = [
    ['unchanged', () => {}],
    ['a field the schema does not know yet (an additive change)', (m) => (m.routes[0].latencyMs = 120)],
    ['a capability left out (unknown)', (m) => delete m.capabilities.reasoning],
    ['a route without optional prices', (m) => (m.routes[0].prices = {})],
    ['a negative price', (m) => (m.routes[0].prices.output = -0.5)],
    ['a lower-case currency', (m) => (m.routes[0].currency = 'usd')],
    ['an unknown billing kind', (m) => (m.routes[0].billing = 'monthly')],
    ['a fractional tier threshold', (m) => (m.routes[0].tiers = [{ above: 1.5, prices: {} }])],
    ['a capability that is not one', (m) => (m.capabilities.telepathy = { value: 'yes', source: 'x' })],
    ['a capability value that is not yes or no', (m) => (m.capabilities.reasoning.value = 'maybe')],
    ['a score above 100', (m) => (m.scores[0].value = 100.5)],
    ['a score without selfReported', (m) => delete m.scores[0].selfReported],
    ['a date in another format', (m) => (m.routes[0].checked = '2026/07/02')],
    ['a link that is not a URL', (m) => (m.links = [{ label: 'x', url: 'not a url' }])],
    ['an empty source id', (m) => (m.contextWindow.source = '')],
    ['a fact without its source', (m) => delete m.contextWindow.source],
    ['a modality that is not one', (m) => (m.inputModalities.value = ['smell'])],
    ['no routes list', (m) => delete m.routes],
  ];
  it.each(modelMutations)('on a model file with %s', (_, mutate) => {
    const file = kimi();
    mutate(file);
    expect(check(validateModel, file).length === 0).toBe(appTakesModel(file));
  });

  const indexMutations: Mutation[] = [
    ['unchanged', () => {}],
    ['another schema version', (i) => (i.meta.schemaVersion = SCHEMA_VERSION + 1)],
    ['an exchange rate of zero', (i) => (i.rates[0].perUsd = 0)],
    ['a summary capability that is not one', (i) => i.models[0].capabilities.push('telepathy')],
    ['a summary without routeCount', (i) => delete i.models[0].routeCount],
    ['a provider without its flag', (i) => delete i.providers[0].openaiCompatible],
    ['a source with an empty license', (i) => (i.sources[0].license = '')],
    ['a benchmark without a name', (i) => delete i.benchmarks[0].name],
  ];
  it.each(indexMutations)('on the index with %s', (_, mutate) => {
    const file = index();
    mutate(file);
    expect(check(validateIndex, file).length === 0).toBe(appTakesIndex(file));
  });
});
