/**
 * The lab behind a model. Sources name labs differently (`moonshot`, `moonshotai`,
 * `meta-llama`, `deepseek-ai`…); this folds them into one id and finds a lab from the model's
 * id where no source states one.
 */

/** Upstream org spellings -> lab id. */
const LAB_ALIASES: Record<string, string> = {
  moonshot: 'moonshotai',
  'moonshot-ai': 'moonshotai',
  'meta-llama': 'meta',
  facebook: 'meta',
  'deepseek-ai': 'deepseek',
  qwen: 'alibaba',
  'alibaba-cloud': 'alibaba',
  mistralai: 'mistral',
  'mistral-ai': 'mistral',
  'zai-org': 'zhipuai',
  'z-ai': 'zhipuai',
  zai: 'zhipuai',
  thudm: 'zhipuai',
  'x-ai': 'xai',
  minimaxai: 'minimax',
  microsoft: 'microsoft',
  nvidia: 'nvidia',
  'google-deepmind': 'google',
  ai21labs: 'ai21',
  'ai21-labs': 'ai21',
  amazon: 'amazon',
  ibm: 'ibm',
  'ibm-granite': 'ibm',
  cohereforai: 'cohere',
  'cohere-labs': 'cohere',
  baidu: 'baidu',
  tencent: 'tencent',
  bytedance: 'bytedance',
  'bytedance-seed': 'bytedance',
  stepfun: 'stepfun',
  'stepfun-ai': 'stepfun',
  xiaomi: 'xiaomi',
  xiaomimimo: 'xiaomi',
  nousresearch: 'nousresearch',
};

export const LAB_NAMES: Record<string, string> = {
  moonshotai: 'Moonshot AI',
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  google: 'Google',
  meta: 'Meta',
  deepseek: 'DeepSeek',
  alibaba: 'Alibaba (Qwen)',
  mistral: 'Mistral AI',
  zhipuai: 'Z.ai (Zhipu AI)',
  xai: 'xAI',
  minimax: 'MiniMax',
  microsoft: 'Microsoft',
  nvidia: 'NVIDIA',
  ai21: 'AI21 Labs',
  amazon: 'Amazon',
  ibm: 'IBM',
  cohere: 'Cohere',
  baidu: 'Baidu',
  tencent: 'Tencent',
  bytedance: 'ByteDance',
  stepfun: 'StepFun',
  xiaomi: 'Xiaomi',
  perplexity: 'Perplexity',
  nousresearch: 'Nous Research',
  inception: 'Inception Labs',
  sakana: 'Sakana AI',
  deepreinforce: 'DeepReinforce',
  upstage: 'Upstage',
  liquid: 'Liquid AI',
  allenai: 'Ai2',
  arcee: 'Arcee AI',
  writer: 'Writer',
  sarvam: 'Sarvam AI',
  poolside: 'Poolside',
  morph: 'Morph',
  databricks: 'Databricks',
  deepcogito: 'Deep Cogito',
  bigcode: 'BigCode',
};

/** Model-name prefixes that identify a lab without doubt. */
const PREFIXES: [RegExp, string][] = [
  [/^(claude|anthropic)/, 'anthropic'],
  [/^(gpt|o[1-9](-|$)|chatgpt|codex|davinci|babbage|text-)/, 'openai'],
  [/^(gemini|gemma|palm|learnlm)/, 'google'],
  [/^(llama|meta-llama|code-?llama)/, 'meta'],
  [/^codegemma/, 'google'],
  [/^code-?qwen/, 'alibaba'],
  [/^dbrx/, 'databricks'],
  [/^cogito/, 'deepcogito'],
  [/^starcoder/, 'bigcode'],
  [/^(qwen|qwq|qvq)/, 'alibaba'],
  [/^(mistral|mixtral|codestral|ministral|magistral|devstral|pixtral|voxtral)/, 'mistral'],
  [/^deepseek/, 'deepseek'],
  [/^(kimi|moonshot)/, 'moonshotai'],
  [/^(glm|chatglm|codegeex)/, 'zhipuai'],
  [/^grok/, 'xai'],
  [/^(command|aya|c4ai)/, 'cohere'],
  [/^(nova|titan)/, 'amazon'],
  [/^minimax/, 'minimax'],
  [/^phi/, 'microsoft'],
  [/^jamba/, 'ai21'],
  [/^ernie/, 'baidu'],
  [/^hunyuan/, 'tencent'],
  [/^(doubao|seed)/, 'bytedance'],
  [/^(sonar|pplx|r1-1776)/, 'perplexity'],
  [/^(nemotron|llama-3.1-nemotron)/, 'nvidia'],
  [/^granite/, 'ibm'],
  [/^(step)/, 'stepfun'],
  [/^mimo/, 'xiaomi'],
  [/^hermes/, 'nousresearch'],
  [/^mercury/, 'inception'],
  [/^solar/, 'upstage'],
  [/^lfm/, 'liquid'],
  [/^(olmo|tulu|molmo)/, 'allenai'],
];

export function normalizeLab(id: string | undefined): string | undefined {
  if (!id) return undefined;
  const lower = id.toLowerCase();
  return LAB_ALIASES[lower] ?? lower;
}

/** A lab named in an upstream id (`moonshotai/Kimi-K2.5`, `meta.llama3…`), accepted only when it is a known lab. */
export function labFromId(upstreamId: string): string | undefined {
  const parts = upstreamId
    .toLowerCase()
    .replace(/^@cf\//, '')
    .split(/[/.]/);
  for (const part of parts.slice(0, -1)) {
    const lab = normalizeLab(part);
    if (lab && LAB_NAMES[lab]) return lab;
  }
  return undefined;
}

/** Path segments that name a host, a route or a tier rather than the model's maker. */
const NOT_A_LAB = new Set([
  'accounts',
  'models',
  'fireworks',
  'workers-ai',
  '@cf',
  'cf',
  'pro',
  'tee',
  'route',
  'openrouter',
  'kilo-auto',
  'nanogpt',
  'stealth',
  'preset',
  'hf',
  'huggingface',
  'community',
]);

/** The org of a `org/model` id where it is no known provider or host word: a fine-tuner such as `TheDrummer`. */
export function orgFromId(upstreamId: string, providerIds: ReadonlySet<string>): string | undefined {
  const parts = upstreamId.toLowerCase().split('/');
  if (parts.length < 2) return undefined;
  const org = parts[parts.length - 2] ?? '';
  if (!org || NOT_A_LAB.has(org) || providerIds.has(org) || !/^[a-z0-9][a-z0-9._-]*$/.test(org)) return undefined;
  return normalizeLab(org);
}

/** "AionLabs: Aion-1.0" (OpenRouter's naming): the maker's name and the model's own name. */
export function splitOrgName(name: string): { org?: string; name: string } {
  const m = /^([^:]{2,40}):\s+(.+)$/.exec(name);
  return m?.[1] && m[2] ? { org: m[1].trim(), name: m[2].trim() } : { name };
}

export function labFromKey(key: string): string | undefined {
  return PREFIXES.find(([re]) => re.test(key))?.[1];
}

export function labName(id: string, known: Record<string, string>): string {
  return (
    LAB_NAMES[id] ??
    known[id] ??
    id
      .split('-')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(' ')
  );
}
