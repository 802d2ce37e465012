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
  /**
   * The key without the size an Ollama tag put in it (`gpt-oss:120b` is `gpt-oss-120b`; this is
   * `gpt-oss`), for a model whose own id names no size (`deepseek-v3.1:671b`).
   */
  withoutSize?: string;
  /** Which spelling rules changed the id, for the identity report. */
  rules: string[];
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

  const rules: string[] = [];
  const note = (rule: string, before: string) => {
    if (id !== before && !rules.includes(rule)) rules.push(rule);
  };
  // Vertex writes `claude-opus-4-6@default`, `claude-3-5-haiku@20241022` and `codestral@2405`:
  // `@default` and `@latest` name the current version, any other tag a version of its own.
  const at = id.lastIndexOf('@');
  if (at > 0 && !id.slice(at).includes('/')) {
    const tail = id.slice(at + 1);
    id = id.slice(0, at) + (tail === 'default' ? '' : `-${tail}`);
    rules.push('Vertex version tag');
  }
  // The model proper is the last path segment: `workers-ai/@cf/moonshotai/kimi-k2.5`;
  // an earlier `TEE/` segment names the serving variant.
  const segments = id.split('/').filter(Boolean);
  if (segments.slice(0, -1).includes('tee')) variant = 'tee';
  id = segments.pop() ?? id;

  // Bedrock's `-v1:0` is an API version and revision, but Mistral's `-v0:2` is the model's v0.2
  // (`mistral.mistral-7b-instruct-v0:2`).
  id = id.replace(/-v0:(\d+)$/, '-v0.$1');
  let size: string | undefined;
  let revised = false;
  const colon = id.indexOf(':');
  if (colon > 0) {
    const tail = id.slice(colon + 1);
    id = id.slice(0, colon);
    // Bedrock's `:0` is an API revision. Ollama's `:120b` names the size: `gpt-oss:120b` is
    // gpt-oss-120b, not gpt-oss-20b; `-cloud` after it is Ollama's hosted serving.
    const sized = /^(\d+(?:\.\d+)?b)(?:-(.+))?$/.exec(tail);
    if (sized?.[1]) {
      size = sized[1];
      if (sized[2] === 'cloud') variant = 'cloud';
      id = [id, size, sized[2] === 'cloud' ? undefined : sized[2]].filter(Boolean).join('-');
      rules.push('Ollama size tag');
    } else if (/^\d+$/.test(tail)) revised = true;
    else variant = tail.replace(/:/g, '-');
  }

  let before = id;
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
    // Bedrock's API version `-v1`/`-v2:0`, but not where it is the model's only number
    // (`claude-v2`), nor a version without the API revision (`nvidia.nemotron-nano-9b-v2`).
    if (/\d.*-v\d+$/.test(id) && (revised || id.endsWith('-v1'))) id = id.replace(/-v\d+$/, '');
  }
  note('Bedrock lab prefix', before);
  before = id;
  // Twice: `databricks-meta-llama-3-70b-instruct` carries a host and a lab prefix.
  id = id
    .replace(/-(20\d{6})-v\d+$/, '-$1')
    .replace(/-{2,}/g, '-')
    .replace(RESELLER_PREFIX, '')
    .replace(RESELLER_PREFIX, '');
  note('reseller prefix', before);
  before = id;
  // Spellings of one name that no general rule reaches: Azure's `gpt-35`, `qwen25`,
  // `code-llama`, OpenRouter's `deepseek-chat-v3.1` for DeepSeek V3.1, xAI's `grok-4-20`.
  id = id
    .replace(/^gpt-35(?=-|$)/, 'gpt-3.5')
    .replace(/^qwen(\d)(\d)(?=-)/, 'qwen$1.$2')
    .replace(/^code-llama/, 'codellama')
    .replace(/^deepseek-chat-(?=v\d)/, 'deepseek-')
    .replace(/^grok-(\d)-(\d{2})(?=$|-)/, 'grok-$1.$2')
    // GitHub Copilot's `claude-opus-41`: Claude versions are one digit each, so 41 is 4.1.
    .replace(/^claude-(opus|sonnet|haiku)-(\d)(\d)(?=$|-)/, 'claude-$1-$2.$3');
  // GitLab Duo names Claude models `duo-chat-opus-4-6` and others `duo-chat-gpt-5-1`.
  id = id.replace(/^duo-chat-(opus|sonnet|haiku)-/, 'claude-$1-').replace(/^duo-chat-/, '');
  note('one-off spelling', before);

  let quantization: string | undefined;
  for (const quant of QUANT_SUFFIXES) {
    if (id.endsWith(`-${quant}`)) {
      quantization = quant;
      id = id.slice(0, -quant.length - 1);
      break;
    }
  }
  before = id;
  id = unifyVersions(id);
  note('version spelling', before);
  id = id
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  const withoutSize = size ? id.replace(`-${size}`, '') : undefined;
  return { key: id, variant, quantization, region, withoutSize, rules };
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
    .replace(/([a-z])-(?=\d)(?!20\d{2}-?\d{2}-?\d{2}$|\d{6}$|00\d$|(0[1-9]|1[0-2])-20\d{2}(?=$|-))/g, '$1');
}

/**
 * A snapshot's key split into the undated key and the stamp: a date (8 digits, YYYY-MM-DD,
 * ByteDance/Zhipu's 6-digit YYMMDD, Cohere's MM-YYYY) or Google's `-001` stable-version suffix.
 * Short version tags such as `-0905` or `-2507` are not snapshots.
 */
export function splitDate(key: string): { base: string; date: string } | undefined {
  const google = /^(.+)-(00\d)$/.exec(key);
  if (google?.[1] && google[2]) return { base: google[1], date: google[2] };
  // OpenAI and xAI stamp snapshots with month and day: `gpt-4-0613`, `grok-2-1212` (the hyphen
  // may be gone in a match key). Elsewhere four digits are versions: Mistral's `-2411` (YYMM).
  const monthDay = /^((?:gpt|chatgpt|grok)\S*?)(?:-|(?<=[a-z]))((?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))$/.exec(key);
  if (monthDay?.[1] && monthDay[2]) return { base: monthDay[1], date: monthDay[2] };
  // Cohere's month stamps: `command-a-03-2025`, `command-r-plus-08-2024`.
  const month = /^(.+)-(0[1-9]|1[0-2])-?(20\d{2})$/.exec(key);
  if (month?.[1] && month[2] && month[3]) return { base: month[1], date: `${month[3]}${month[2]}` };
  const match = /^(.+?)-(\d{4}-?\d{2}-?\d{2}|\d{6})$/.exec(key);
  if (!match || !match[1] || !match[2]) return undefined;
  const raw = match[2].replace(/-/g, '');
  const digits = raw.length === 6 ? `20${raw}` : raw;
  if (!/^20\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.test(digits)) return undefined;
  return { base: match[1], date: digits };
}

/**
 * Labs and brands that some providers put before the lab's own model id: Cerebras's
 * `zai-glm-4.7`, Azure's `cohere-command-a`, Mistral's old `open-mixtral-8x7b`, `doubao-seed-1.6`
 * for ByteDance's Seed 1.6. Each is dropped only before the model names it is known to prefix,
 * and only when the rest is a model of its own (resolve-identity.ts).
 */
const LAB_PREFIX =
  /^(zai|z-ai|cohere|nvidia|arcee|arcee-ai|aion-labs|open|labs|qwen|doubao)-(?=(glm|command|nemotron|trinity|aion|mistral|mixtral|codestral|devstral|qwq|seed)(?=$|[-\d.]))/;

/** Splits a lab prefix off a key: `zai-glm-4.7` -> `glm-4.7`. */
export function splitLabPrefix(key: string): string | undefined {
  const match = LAB_PREFIX.exec(key);
  return match ? key.slice(match[0].length) : undefined;
}

/**
 * Splits an API version off a key: Amazon's `nova-pro-v1` (Bedrock `amazon.nova-pro-v1:0`) and
 * Cohere's `command-r-v1` are the first and only version of a model sold without it.
 */
export function splitApiVersion(key: string): string | undefined {
  const match = /^(.+\D)-v1(?:\.0)?$/.exec(key);
  return match?.[1];
}

/** Splits a pre-release word off a key: `gemini-3-pro-preview` -> `gemini-3-pro`, `grok-3-beta` -> `grok-3`. */
export function splitPreview(key: string): string | undefined {
  const match = /^(.+)-(preview|beta)$/.exec(key);
  return match?.[1];
}

/**
 * The parameter counts, in billions, a key names: `gpt-oss-120b` -> [120], `qwen3-235b-a22b` ->
 * [235] (the active `a22b` is not the model's size), `deepseek-r1-distill-qwen-1-5b` -> [1.5, 5]
 * (a hyphen may stand for the decimal point). Empty when the key names none.
 */
export function sizesOf(key: string): number[] {
  const sizes = new Set<number>();
  for (const match of key.matchAll(/(?<![a-z0-9.])(\d+(?:\.\d+)?)b(?![a-z0-9])/g)) sizes.add(Number(match[1]));
  for (const match of key.matchAll(/(?<![a-z0-9.])(\d)-(\d)b(?![a-z0-9])/g))
    sizes.add(Number(`${match[1]}.${match[2]}`));
  return [...sizes];
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
