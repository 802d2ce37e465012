/**
 * Provider identities across sources. models.dev ids are the canonical provider ids; litellm
 * and llm-leaderboard name the same companies differently, and some providers only appear in
 * litellm, where they get a readable name here.
 */

/** litellm `litellm_provider` -> models.dev provider id. */
export const LITELLM_PROVIDER_MAP: Record<string, string> = {
  openai: 'openai',
  'text-completion-openai': 'openai',
  anthropic: 'anthropic',
  azure: 'azure',
  azure_ai: 'azure',
  azure_text: 'azure',
  bedrock: 'amazon-bedrock',
  bedrock_converse: 'amazon-bedrock',
  bedrock_mantle: 'amazon-bedrock',
  gemini: 'google',
  palm: 'google',
  vertex_ai: 'google-vertex',
  'vertex_ai-language-models': 'google-vertex',
  'vertex_ai-text-models': 'google-vertex',
  'vertex_ai-anthropic_models': 'google-vertex-anthropic',
  'vertex_ai-mistral_models': 'google-vertex',
  'vertex_ai-llama_models': 'google-vertex',
  'vertex_ai-ai21_models': 'google-vertex',
  'vertex_ai-qwen_models': 'google-vertex',
  'vertex_ai-deepseek_models': 'google-vertex',
  'vertex_ai-openai_models': 'google-vertex',
  'vertex_ai-zai_models': 'google-vertex',
  'vertex_ai-minimax_models': 'google-vertex',
  'vertex_ai-moonshot_models': 'google-vertex',
  fireworks_ai: 'fireworks-ai',
  together_ai: 'togetherai',
  deepinfra: 'deepinfra',
  mistral: 'mistral',
  codestral: 'mistral',
  'text-completion-codestral': 'mistral',
  xai: 'xai',
  perplexity: 'perplexity',
  openrouter: 'openrouter',
  vercel_ai_gateway: 'vercel',
  novita: 'novita-ai',
  groq: 'groq',
  cerebras: 'cerebras',
  deepseek: 'deepseek',
  moonshot: 'moonshotai',
  dashscope: 'alibaba',
  zai: 'zai',
  nebius: 'nebius',
  wandb: 'wandb',
  baseten: 'baseten',
  cloudflare: 'cloudflare-workers-ai',
  github_copilot: 'github-copilot',
  cohere: 'cohere',
  cohere_chat: 'cohere',
  minimax: 'minimax',
  ovhcloud: 'ovhcloud',
  scaleway: 'scaleway',
  inception: 'inception',
  'text-completion-inception': 'inception',
  morph: 'morph',
  friendliai: 'friendli',
  databricks: 'databricks',
  snowflake: 'snowflake-cortex',
  v0: 'v0',
  sarvam: 'sarvam',
  gmi: 'gmicloud',
  meta_llama: 'llama',
  amazon_nova: 'nova',
  huggingface: 'huggingface',
  lambda_ai: 'lambda',
};

/** llm-leaderboard provider id -> models.dev provider id. */
export const LEADERBOARD_PROVIDER_MAP: Record<string, string> = {
  bedrock: 'amazon-bedrock',
  'amazon-bedrock': 'amazon-bedrock',
  together: 'togetherai',
  fireworks: 'fireworks-ai',
  novita: 'novita-ai',
  google: 'google',
  'google-vertex': 'google-vertex',
  azure: 'azure',
  moonshot: 'moonshotai',
  moonshotai: 'moonshotai',
  zai: 'zai',
  'zhipu-ai': 'zhipuai',
  xai: 'xai',
  alibaba: 'alibaba',
  qwen: 'alibaba',
  sambanova: 'sambanova',
  hyperbolic: 'hyperbolic',
  lambda: 'lambda',
};

/**
 * Catalog provider id -> genai-prices provider id, for the providers whose pay-as-you-go
 * routes genai-prices prices. Its subscription providers (Cursor, GitHub Copilot) and its
 * Hugging Face router entries (one per backend) have no counterpart among the catalog's routes.
 * genai-prices' `google` covers the Gemini API and Vertex AI, partner models on Vertex included.
 */
export const GENAI_PRICES_PROVIDER_MAP: Record<string, string> = {
  anthropic: 'anthropic',
  'amazon-bedrock': 'aws',
  azure: 'azure',
  baseten: 'baseten',
  cerebras: 'cerebras',
  'cloudflare-workers-ai': 'cloudflare',
  cohere: 'cohere',
  deepseek: 'deepseek',
  'fireworks-ai': 'fireworks',
  google: 'google',
  'google-vertex': 'google',
  'google-vertex-anthropic': 'google',
  groq: 'groq',
  minimax: 'minimax',
  mistral: 'mistral',
  moonshotai: 'moonshotai',
  'novita-ai': 'novita',
  openai: 'openai',
  openrouter: 'openrouter',
  ovhcloud: 'ovhcloud',
  perplexity: 'perplexity',
  togetherai: 'together',
  xai: 'x-ai',
  zai: 'zai',
  zhipuai: 'zhipuai',
};

/** Readable names of providers that only litellm or the leaderboard knows. */
export const EXTRA_PROVIDER_NAMES: Record<
  string,
  { name: string; openaiCompatible: boolean; docUrl?: string; apiBaseUrl?: string }
> = {
  callmissed: { name: 'CallMissed', openaiCompatible: true, apiBaseUrl: 'https://api.callmissed.com/v1' },
  replicate: { name: 'Replicate', openaiCompatible: false, docUrl: 'https://replicate.com/docs' },
  oci: { name: 'Oracle Cloud Infrastructure Generative AI', openaiCompatible: false },
  watsonx: { name: 'IBM watsonx.ai', openaiCompatible: false },
  sambanova: { name: 'SambaNova Cloud', openaiCompatible: true, docUrl: 'https://docs.sambanova.ai' },
  ollama: { name: 'Ollama (local)', openaiCompatible: true },
  hyperbolic: { name: 'Hyperbolic', openaiCompatible: true, docUrl: 'https://docs.hyperbolic.xyz' },
  nscale: { name: 'Nscale', openaiCompatible: true },
  llamagate: { name: 'LlamaGate', openaiCompatible: true },
  'gradient-ai': { name: 'DigitalOcean Gradient AI', openaiCompatible: true },
  anyscale: { name: 'Anyscale Endpoints', openaiCompatible: true },
  ai21: { name: 'AI21 Labs', openaiCompatible: false, docUrl: 'https://docs.ai21.com' },
  libertai: { name: 'LibertAI', openaiCompatible: true },
  chatgpt: { name: 'ChatGPT subscription', openaiCompatible: false },
  tensormesh: { name: 'Tensormesh', openaiCompatible: true },
  publicai: { name: 'PublicAI', openaiCompatible: true },
  volcengine: { name: 'Volcano Engine (ByteDance)', openaiCompatible: true },
  crusoe: { name: 'Crusoe Cloud', openaiCompatible: true },
  sagemaker: { name: 'Amazon SageMaker', openaiCompatible: false },
  pinstripes: { name: 'Pinstripes', openaiCompatible: true },
  lemonade: { name: 'Lemonade', openaiCompatible: true },
  heroku: { name: 'Heroku Managed Inference', openaiCompatible: true },
  gigachat: { name: 'GigaChat (Sber)', openaiCompatible: false },
  'nlp-cloud': { name: 'NLP Cloud', openaiCompatible: false },
  'featherless-ai': { name: 'Featherless AI', openaiCompatible: true },
  tencent: { name: 'Tencent Hunyuan', openaiCompatible: true },
  darkbloom: { name: 'Darkbloom', openaiCompatible: true },
  meta: { name: 'Meta', openaiCompatible: false },
  lambda: { name: 'Lambda', openaiCompatible: true, docUrl: 'https://docs.lambda.ai' },
};

/** Providers known to speak the OpenAI chat-completions format even where models.dev uses a dedicated SDK package. */
export const KNOWN_OPENAI_COMPATIBLE = new Set([
  'openai',
  'azure',
  'deepseek',
  'moonshotai',
  'moonshotai-cn',
  'xai',
  'groq',
  'cerebras',
  'togetherai',
  'fireworks-ai',
  'deepinfra',
  'openrouter',
  'perplexity',
  'mistral',
  'vercel',
  'alibaba',
  'alibaba-cn',
  'zai',
  'zhipuai',
  'nebius',
  'novita-ai',
  'baseten',
  'huggingface',
  'github-models',
  'github-copilot',
]);

export function litellmProviderId(litellmProvider: string): string {
  const mapped = LITELLM_PROVIDER_MAP[litellmProvider];
  if (mapped) return mapped;
  return litellmProvider.replace(/_/g, '-');
}

export function leaderboardProviderId(id: string): string {
  return LEADERBOARD_PROVIDER_MAP[id] ?? id;
}
