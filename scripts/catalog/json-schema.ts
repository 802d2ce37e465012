/**
 * The catalog's published JSON Schemas, generated from the app's own valibot schemas
 * (src/catalog/schema.ts) with @valibot/to-json-schema, so they describe exactly what the app
 * accepts. `npm run catalog` writes them to public/catalog/schema/v<schemaVersion>/; so does
 * `npx tsx scripts/catalog/json-schema.ts [--out <catalog dir>]`, which needs no upstream data.
 *
 * The app leaves the entries of its long lists `unknown` in the file schemas and parses them one
 * by one, so that one bad entry is skipped rather than failing the file; the published schemas
 * put each list's entry schema in its place. Schemas a reader would look up by name (a route, a
 * price set, a score, ...) become `$defs`.
 */
import { toJsonSchema, type ConversionConfig, type JsonSchema } from '@valibot/to-json-schema';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import {
  SCHEMA_VERSION,
  benchmarkSchema,
  indexEnvelopeSchema,
  modelSchema,
  modelSummarySchema,
  priceSetSchema,
  providerSchema,
  rateSchema,
  routeSchema,
  scoreSchema,
  sourceSchema,
} from '../../src/catalog/schema';

type AnySchema = v.GenericSchema;
type ObjectSchema = v.ObjectSchema<v.ObjectEntries, v.ErrorMessage<v.ObjectIssue> | undefined>;

/** The folder of the current version's schemas, relative to the catalog folder. */
export const schemaFolder = (version: number = SCHEMA_VERSION): string => `schema/v${version}`;
export const INDEX_SCHEMA_FILE = 'index.schema.json';
export const MODEL_SCHEMA_FILE = 'model.schema.json';

/**
 * Names of the schemas, as the JSON Schemas' `$id`. They are names, not addresses: the catalog can
 * be served from any host and path, and the files sit beside it (docs/catalog-api.md).
 */
export const schemaId = (file: string, version: number = SCHEMA_VERSION): string =>
  `urn:versus:catalog:v${version}:${file}`;

/** Lists the app parses entry by entry, with each entry's schema (see src/catalog/parse.ts). */
const INDEX_LISTS = {
  sources: sourceSchema,
  providers: providerSchema,
  benchmarks: benchmarkSchema,
  rates: rateSchema,
  models: modelSummarySchema,
} satisfies Record<string, AnySchema>;
const MODEL_LISTS = { routes: routeSchema, scores: scoreSchema } satisfies Record<string, AnySchema>;

/** `$defs` of each file's schema: the named parts, under the names of their types in src/domain/types.ts. */
const INDEX_DEFS = {
  Source: sourceSchema,
  Provider: providerSchema,
  Benchmark: benchmarkSchema,
  ExchangeRate: rateSchema,
  ModelSummary: modelSummarySchema,
} satisfies Record<string, AnySchema>;
const MODEL_DEFS = { Route: routeSchema, PriceSet: priceSetSchema, Score: scoreSchema } satisfies Record<
  string,
  AnySchema
>;

const isUnknownList = (schema: AnySchema | undefined): boolean =>
  schema?.type === 'array' && (schema as v.ArraySchema<AnySchema, undefined>).item.type === 'unknown';

/** The file schema with each list's entries typed; every list named must be one the app leaves unknown. */
export function withEntrySchemas(schema: ObjectSchema, lists: Record<string, AnySchema>): ObjectSchema {
  const entries: v.ObjectEntries = { ...schema.entries };
  for (const [key, entry] of Object.entries(lists)) {
    if (!isUnknownList(entries[key]))
      throw new Error(
        `"${key}" is not a list of unknown entries in the file schema; update scripts/catalog/json-schema.ts.`,
      );
    entries[key] = v.array(entry);
  }
  return v.object(entries);
}

const RECORD_WITH_PICKLIST_KEY = 'The "record" schema with the "picklist" schema for the key';

export const CONVERSION: ConversionConfig = {
  target: 'draft-2020-12',
  // JSON has no NaN or Infinity: every number a JSON file can hold is finite, so the check
  // needs no keyword.
  ignoreActions: ['finite'],
  overrideSchema({ valibotSchema, jsonSchema, errors }) {
    // An unknown left in would publish "anything goes": for a list the app parses entry by
    // entry, that hides the entry schema it checks every entry with.
    if (valibotSchema.type === 'unknown')
      throw new Error(
        'src/catalog/schema.ts leaves a value unknown. If it is a list of unknown entries the app parses one by one, name the entry schema in INDEX_LISTS or MODEL_LISTS of scripts/catalog/json-schema.ts.',
      );
    // The capabilities record is keyed by a picklist. The converter writes it right (the
    // picklist becomes `propertyNames: { enum }`, and keys are optional, as in valibot) but
    // only vouches for string keys; nothing else may be wrong with it.
    if (valibotSchema.type === 'record' && errors?.every((e) => e.startsWith(RECORD_WITH_PICKLIST_KEY)))
      return jsonSchema;
    return undefined;
  },
};

/** JSON Schema keys a reader looks at first, first; the rest in the converter's order. */
function ordered(schema: JsonSchema): JsonSchema {
  const { $schema, $id, title, description, ...rest } = schema;
  return { $schema, $id, title, description, ...rest };
}

export function toCatalogJsonSchema(
  schema: AnySchema,
  meta: { $id: string; title: string; description: string },
  definitions: Record<string, AnySchema>,
): JsonSchema {
  return ordered(toJsonSchema(v.pipe(schema, v.metadata(meta)), { ...CONVERSION, definitions }));
}

/** The index file's schema; `meta.schemaVersion` is pinned to the version it describes. */
function indexFileSchema(): ObjectSchema {
  const envelope = withEntrySchemas(indexEnvelopeSchema, INDEX_LISTS);
  const meta = indexEnvelopeSchema.entries.meta;
  return v.object({
    ...envelope.entries,
    meta: v.object({
      ...meta.entries,
      schemaVersion: v.pipe(
        meta.entries.schemaVersion,
        v.value(SCHEMA_VERSION),
        v.description('Version of the catalog format; raised only by a change that can break a reader'),
      ),
      generatedAt: v.pipe(meta.entries.generatedAt, v.description('Date of the newest source data (YYYY-MM-DD)')),
    }),
  });
}

export function catalogJsonSchemas(): { index: JsonSchema; model: JsonSchema } {
  return {
    index: toCatalogJsonSchema(
      indexFileSchema(),
      {
        $id: schemaId(INDEX_SCHEMA_FILE),
        title: 'Versus catalog index',
        description:
          'catalog/index.json: the sources, providers, benchmarks, exchange rates and a summary of every model. Prices are USD per 1M tokens. See docs/catalog-api.md.',
      },
      INDEX_DEFS,
    ),
    model: toCatalogJsonSchema(
      withEntrySchemas(modelSchema, MODEL_LISTS),
      {
        $id: schemaId(MODEL_SCHEMA_FILE),
        title: 'Versus catalog model',
        description:
          'catalog/models/<id>.json: one model with its facts, provider routes and prices, and benchmark scores. Prices are per 1M tokens in each route’s currency. See docs/catalog-api.md.',
      },
      MODEL_DEFS,
    ),
  };
}

/** The files as written: 2-space JSON with a trailing newline, like the rest of the catalog. */
export function jsonSchemaFiles(): Record<string, string> {
  const { index, model } = catalogJsonSchemas();
  const text = (schema: JsonSchema) => `${JSON.stringify(schema, null, 2)}\n`;
  return {
    [`${schemaFolder()}/${INDEX_SCHEMA_FILE}`]: text(index),
    [`${schemaFolder()}/${MODEL_SCHEMA_FILE}`]: text(model),
  };
}

/**
 * Writes the current version's schemas into `catalogDir`. Other versions' folders are left as
 * they are: they describe the catalog as it was under that version.
 */
export function writeJsonSchemas(catalogDir: string): string[] {
  const files = jsonSchemaFiles();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(catalogDir, path)), { recursive: true });
    writeFileSync(join(catalogDir, path), text);
  }
  return Object.keys(files);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      out: {
        type: 'string',
        default: resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'catalog'),
      },
    },
  });
  const written = writeJsonSchemas(resolve(values.out));
  console.log(`Wrote ${written.join(', ')} to ${values.out}.`);
}
