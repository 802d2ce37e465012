/**
 * Normalization of upstream model ids into comparison keys. A key is lowercase, has no
 * provider or org prefix, and spells version numbers one way (`k2p5`, `k2-5`, `k2.5` all
 * become `k2.5`), so the same model under different providers' ids gets the same key.
 * Variant suffixes are split off separately: whether one may be dropped depends on what
 * other models exist, which is decided in resolve-identity.ts.
 */

/** Suffixes that name a way of serving a model rather than another model. */
export const VARIANT_SUFFIXES = [
  'free',
  'tee',
  'fast',
  'thinking',
  'think',
  'lightning',
  'nitro',
  'exacto',
  'fw',
  'maas',
  'latest',
  'instruct-turbo',
  'instruct',
  'it',
  'hf',
  'online',
  'original',
  'tput',
  'versatile',
  'cs',
] as const;

/**
 * Suffixes dropped for matching that say nothing worth keeping on the route. Providers serve
 * the instruction-tuned weights under both names (`llama-3.3-70b` and `…-instruct`); a base
 * model is always named `-base`, so these fold even into a model some source lists alone.
 */
export const SILENT_SUFFIXES = new Set(['instruct', 'it', 'hf', 'latest']);

/** Suffixes naming a quantization of the weights. */
export const QUANT_SUFFIXES = [
  'fp8-dynamic',
  'fp8',
  'fp4',
  'nvfp4',
  'mxfp4',
  'int4',
  'int8',
  'bf16',
  'fp16',
  'awq',
  'gptq',
  'w4a16',
  'w8a8',
  'gguf',
  'mlx',
] as const;

export interface ParsedId {
  /** The normalized key with variant suffixes still on. */
  key: string;
  /** Variant named outside the id proper, e.g. after a colon (`:thinking`). */
  variant?: string;
  quantization?: string;
  /** Region prefix of cross-region ids such as Bedrock's `eu.anthropic.…`. */
  region?: string;
}

const REGION_PREFIX = /^(us|eu|apac|ap|global|jp|au|ca|us-gov)\./;
/** Bedrock-style `lab.model` ids, only for labs Bedrock uses, so `gpt-4.1` is untouched. */
const DOTTED_ORG =
  /^(anthropic|meta|amazon|mistral|cohere|ai21|deepseek|moonshotai|moonshot|qwen|openai|google|minimax|zai|nvidia|writer|twelvelabs|stability|luma|kimi|xai)\.(?=[a-z])/;
/** Resellers and clouds that prefix a lab's model id with a name: `databricks-claude-…`, `alibaba-qwen3-32b`. */
const RESELLER_PREFIX =
  /^(databricks|snowflake|anthropic|openai|google|gemini|meta|mistral|cerebras|groq|alibaba|azure|ai21|moonshot|moonshotai)-(?=(claude|gpt|gemini|gemma|llama|meta-llama|mistral|mixtral|dbrx|o\d|qwen|deepseek|kimi|jamba|command|phi|grok|glm))/;

/** Turns `k2p5`, `k2-5`, `4_6` into `k2.5`, `4.6`: a one-digit minor after a major, followed by a separator or the end. */
function unifyVersions(id: string): string {
  let out = id.replace(/(\d)p(\d)(?=$|b|[-.:_/@])/g, '$1.$2');
  out = out.replace(
    /(^|[a-z-])(\d{1,2})[-_](\d)(?=$|[-:_/@])/g,
    (_m, lead: string, major: string, minor: string) => `${lead}${major}.${minor}`,
  );
  return out;
}

export function parseId(rawId: string): ParsedId {
  let id = rawId.trim().toLowerCase().replace(/\s+/g, '-').replace(/_/g, '-');
  let variant: string | undefined;
  let region: string | undefined;

  // Vertex writes `claude-opus-4-6@default` or `claude-3-5-haiku@20241022`.
  const at = id.lastIndexOf('@');
  if (at > 0 && !id.slice(at).includes('/')) {
    const tail = id.slice(at + 1);
    id = id.slice(0, at) + (/^\d{8}$/.test(tail) ? `-${tail}` : '');
  }
  // The model proper is the last path segment: `workers-ai/@cf/moonshotai/kimi-k2.5`;
  // an earlier `TEE/` segment names the serving variant.
  const segments = id.split('/').filter(Boolean);
  if (segments.slice(0, -1).includes('tee')) variant = 'tee';
  id = segments.pop() ?? id;

  const colon = id.indexOf(':');
  if (colon > 0) {
    const tail = id.slice(colon + 1);
    id = id.slice(0, colon);
    // Bedrock's `:0` is an API revision; Ollama's `:671b` a size tag; both are not variants.
    if (!/^\d+$/.test(tail) && !/^\d+(\.\d+)?b$/.test(tail)) variant = tail.replace(/:/g, '-');
  }

  const regionMatch = REGION_PREFIX.exec(id);
  if (regionMatch && DOTTED_ORG.test(id.slice(regionMatch[0].length))) {
    region = regionMatch[1];
    id = id.slice(regionMatch[0].length);
  }
  const org = DOTTED_ORG.exec(id);
  if (org) {
    id = id.slice(org[0].length);
    // `deepseek.v3` is DeepSeek V3: the lab name is part of the model name there.
    if (/^[vr]\d/.test(id)) id = `${org[1]}-${id}`;
    // Bedrock's API version `-v1`/`-v2`, but not where it is the model's only number (`claude-v2`).
    if (/\d.*-v\d+$/.test(id)) id = id.replace(/-v\d+$/, '');
  }
  // Twice: `databricks-meta-llama-3-70b-instruct` carries a host and a lab prefix.
  id = id
    .replace(/-(20\d{6})-v\d+$/, '-$1')
    .replace(/-{2,}/g, '-')
    .replace(RESELLER_PREFIX, '')
    .replace(RESELLER_PREFIX, '');
  // Spellings of one name that no general rule reaches: Azure's `gpt-35`, `qwen25`,
  // `code-llama`, OpenRouter's `deepseek-chat-v3.1` for DeepSeek V3.1, xAI's `grok-4-20`.
  id = id
    .replace(/^gpt-35(?=-|$)/, 'gpt-3.5')
    .replace(/^qwen(\d)(\d)(?=-)/, 'qwen$1.$2')
    .replace(/^code-llama/, 'codellama')
    .replace(/^deepseek-chat-(?=v\d)/, 'deepseek-')
    .replace(/^grok-(\d)-(\d{2})(?=$|-)/, 'grok-$1.$2');
  // GitLab Duo names Claude models `duo-chat-opus-4-6` and others `duo-chat-gpt-5-1`.
  id = id.replace(/^duo-chat-(opus|sonnet|haiku)-/, 'claude-$1-').replace(/^duo-chat-/, '');

  let quantization: string | undefined;
  for (const quant of QUANT_SUFFIXES) {
    if (id.endsWith(`-${quant}`)) {
      quantization = quant;
      id = id.slice(0, -quant.length - 1);
      break;
    }
  }
  id = unifyVersions(id);
  id = id
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return { key: id, variant, quantization, region };
}

/** Splits one trailing variant suffix off a key: `kimi-k2.5-thinking` -> `kimi-k2.5` + `thinking`. */
export function splitVariantSuffix(key: string): { base: string; variant?: string; quantization?: string } | undefined {
  for (const quant of QUANT_SUFFIXES) {
    if (key.endsWith(`-${quant}`) && key.length > quant.length + 2)
      return { base: key.slice(0, -quant.length - 1), quantization: quant };
  }
  for (const suffix of VARIANT_SUFFIXES) {
    if (!key.endsWith(`-${suffix}`) || key.length <= suffix.length + 2) continue;
    // Together's `…-Instruct-Turbo` is its quantized serving of the instruct model.
    if (suffix === 'instruct-turbo') return { base: key.slice(0, -'-turbo'.length), variant: 'turbo' };
    return { base: key.slice(0, -suffix.length - 1), variant: SILENT_SUFFIXES.has(suffix) ? undefined : suffix };
  }
  return undefined;
}

/**
 * The key used to group spellings of one model:
 * - Claude's two word orders meet (`claude-3.5-sonnet` / `claude-sonnet-3.5`, `claude-4-opus` / `claude-opus-4`);
 * - a `.0` minor is dropped (`claude-opus-4.0`, `gemini-3.0-flash`);
 * - a `-v` before a version is dropped (`llama-v3.1`);
 * - a hyphen before a digit is dropped, so `llama-3.1` and `llama3.1` meet (not before a date suffix).
 */
export function matchKey(key: string): string {
  return key
    .replace(/^claude-(\d+(?:\.\d+)?)-(opus|sonnet|haiku)(?=$|-)/, 'claude-$2-$1')
    .replace(/(\d)\.0(?=$|-)/g, '$1')
    .replace(/-v(?=\d)/g, '-')
    .replace(/([a-z])-(?=\d)(?!20\d{2}-?\d{2}-?\d{2}$|\d{6}$|00\d$)/g, '$1');
}

/**
 * A snapshot's key split into the undated key and the stamp: a date (8 digits, YYYY-MM-DD,
 * or ByteDance/Zhipu's 6-digit YYMMDD) or Google's `-001` stable-version suffix. Short
 * version tags such as `-0905` or `-2507` are not snapshots.
 */
export function splitDate(key: string): { base: string; date: string } | undefined {
  const google = /^(.+)-(00\d)$/.exec(key);
  if (google?.[1] && google[2]) return { base: google[1], date: google[2] };
  const match = /^(.+?)-(\d{4}-?\d{2}-?\d{2}|\d{6})$/.exec(key);
  if (!match || !match[1] || !match[2]) return undefined;
  const raw = match[2].replace(/-/g, '');
  const digits = raw.length === 6 ? `20${raw}` : raw;
  if (!/^20\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.test(digits)) return undefined;
  return { base: match[1], date: digits };
}

/** A display name as a key: "Kimi K2.5 (Thinking)" -> `kimi-k2.5`. */
export function nameKey(name: string): string {
  return parseId(name.replace(/\([^)]*\)/g, '').trim()).key;
}

/** Makes a key safe as a catalog id and file name. */
export function toModelId(key: string): string {
  const id = key
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[^a-z0-9]+|[-.]+$/g, '');
  return id || 'model';
}
