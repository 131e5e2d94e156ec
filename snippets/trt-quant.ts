/**
 * What quantisation saves, for one named model: bytes of weights and of KV cache per token at
 * FP16, FP8 and INT4 (slide 29). The model's shape is Llama-2-7B's config (Hugging Face
 * LlamaConfig defaults); the KV formula is facts.md §12. Scale factors of quantised formats
 * (one per channel or per group of 128) add a few percent and are left out.
 */
export interface ModelShape {
  name: string
  vocab: number
  hidden: number
  intermediate: number
  layers: number
  heads: number
  kvHeads: number
  headDim: number
}

export const LLAMA2_7B: ModelShape = {
  name: 'Llama-2-7B',
  vocab: 32000,
  hidden: 4096,
  intermediate: 11008,
  layers: 32,
  heads: 32,
  kvHeads: 32,
  headDim: 128,
}

export interface Format {
  name: 'FP16' | 'FP8' | 'INT4'
  /** bytes per stored element */
  bytes: number
}

export const FORMATS: readonly Format[] = [
  { name: 'FP16', bytes: 2 },
  { name: 'FP8', bytes: 1 },
  { name: 'INT4', bytes: 0.5 },
]

// #region core
/** Parameters: embeddings and LM head, then per layer Q/K/V/O, the gated MLP and two norms. */
export function parameterCount(m: ModelShape): number {
  const attention = m.hidden * m.heads * m.headDim + 2 * m.hidden * m.kvHeads * m.headDim + m.heads * m.headDim * m.hidden
  const mlp = 3 * m.hidden * m.intermediate
  const norms = 2 * m.hidden
  return 2 * m.vocab * m.hidden + m.layers * (attention + mlp + norms) + m.hidden
}

/** KV cache per token: 2 (K and V) × layers × KV heads × head dim × bytes per element. */
export const kvBytesPerToken = (m: ModelShape, f: Format) => 2 * m.layers * m.kvHeads * m.headDim * f.bytes

export const weightBytes = (m: ModelShape, f: Format) => parameterCount(m) * f.bytes
// #endregion core

export interface QuantRow {
  format: Format['name']
  bytesPerParam: number
  weightGiB: number
  kvKiBPerToken: number
  /** KV cache of one 4096-token request */
  kvGiBPer4k: number
  /** 4096-token requests whose KV fits beside the weights on an 80 GB GPU */
  requestsOn80GB: number
}

const GiB = 2 ** 30

/** The slide's table: one row per format, weights and KV cache stored in that format. */
export function quantTable(m: ModelShape = LLAMA2_7B, gpuBytes = 80e9, context = 4096): QuantRow[] {
  return FORMATS.map((f) => {
    const kvPerRequest = kvBytesPerToken(m, f) * context
    return {
      format: f.name,
      bytesPerParam: f.bytes,
      weightGiB: weightBytes(m, f) / GiB,
      kvKiBPerToken: kvBytesPerToken(m, f) / 1024,
      kvGiBPer4k: kvPerRequest / GiB,
      requestsOn80GB: Math.floor((gpuBytes - weightBytes(m, f)) / kvPerRequest),
    }
  })
}
