/**
 * What quantisation saves, for one named model: bytes of weights and of KV cache per token for
 * the weight / KV-cache combinations today's TensorRT-LLM documents (slide 29): FP16 / FP16,
 * FP8 / FP8 and INT4 weights (W4A16 AWQ or GPTQ) with an FP8 KV cache. There is no INT4 KV cache. The model's shape is Llama-2-7B's config (Hugging Face
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
const FORMAT = Object.fromEntries(FORMATS.map(f => [f.name, f])) as Record<Format['name'], Format>

/** Storage formats TensorRT-LLM's current (PyTorch-backend) docs list for each part. */
export const SUPPORTED = {
  weights: ['FP16', 'FP8', 'INT4'] as Format['name'][],
  kv: ['FP16', 'FP8'] as Format['name'][],
}

/** A deployment recipe: how the weights and how the KV cache are stored. */
export interface Recipe {
  label: string
  weights: Format
  kv: Format
}

export const RECIPES: readonly Recipe[] = [
  { label: 'FP16 权重 + FP16 KV', weights: FORMAT.FP16, kv: FORMAT.FP16 },
  { label: 'FP8 权重 + FP8 KV', weights: FORMAT.FP8, kv: FORMAT.FP8 },
  { label: 'INT4 权重 + FP8 KV', weights: FORMAT.INT4, kv: FORMAT.FP8 },
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

/** Weights when the embeddings and the LM head stay 16-bit, as quantisation recipes usually keep them. */
export const weightBytesKeeping16 = (m: ModelShape, f: Format) =>
  weightBytes(m, f) + 2 * m.vocab * m.hidden * (FORMAT.FP16.bytes - f.bytes)

export interface QuantRow {
  label: string
  weights: Format['name']
  kv: Format['name']
  bytesPerParam: number
  weightGiB: number
  kvKiBPerToken: number
  /** KV cache of one 4096-token request */
  kvGiBPer4k: number
  /** 4096-token requests whose KV fits beside the weights on an 80 GB GPU */
  requestsOn80GB: number
  /** the same when the embeddings and LM head stay 16-bit */
  requestsKeeping16: number
}

const GiB = 2 ** 30

/**
 * The slide's rows: one per recipe. The request count is an upper bound: it leaves out
 * activations, the runtime's reserve and the quantisation scale factors.
 */
export function quantTable(m: ModelShape = LLAMA2_7B, gpuBytes = 80e9, context = 4096, recipes: readonly Recipe[] = RECIPES): QuantRow[] {
  return recipes.map((r) => {
    const kvPerRequest = kvBytesPerToken(m, r.kv) * context
    return {
      label: r.label,
      weights: r.weights.name,
      kv: r.kv.name,
      bytesPerParam: r.weights.bytes,
      weightGiB: weightBytes(m, r.weights) / GiB,
      kvKiBPerToken: kvBytesPerToken(m, r.kv) / 1024,
      kvGiBPer4k: kvPerRequest / GiB,
      requestsOn80GB: Math.floor((gpuBytes - weightBytes(m, r.weights)) / kvPerRequest),
      requestsKeeping16: Math.floor((gpuBytes - weightBytesKeeping16(m, r.weights)) / kvPerRequest),
    }
  })
}
