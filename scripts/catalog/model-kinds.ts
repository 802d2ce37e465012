/**
 * Entries that share the upstream files with language models but are something else:
 * embeddings, rerankers, speech, image generation, time-series models, and litellm's
 * Together AI price buckets (`together-ai-up-to-4b`), which are size classes, not models.
 */
const NOT_AN_LLM =
  /(embed|rerank|(^|[-/ .])bge[- ]|whisper|(^|[-/ ])tts|melotts|(^|[-/ ])e5-|flux-|stable-diffusion|sdxl|(^|[-/])ocr|granite-ttm|^together-ai-)/i;

/** Why an entry is not a language model, or undefined when it is one. */
export function notALanguageModel(idAndName: string): string | undefined {
  return NOT_AN_LLM.test(idAndName)
    ? 'not a language model (embedding, reranking, speech, image or a price bucket)'
    : undefined;
}
