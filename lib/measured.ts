/**
 * The measurements of `bench/gpu/` (run on the lent H200, committed under `data/measured/`),
 * typed and reduced to the medians the figures draw. The slides import only
 * `data/measured/summary.json` (every field but the raw samples, provenance whole; written by
 * `node bench/gpu/summarise.mjs`), which keeps the client bundle small. The raw samples stay in the
 * full JSON files; the unit test checks that the summary equals summarise() of them and that every
 * median is the median of its samples.
 */
import summaryJson from '../data/measured/summary.json'
import { svgFontSize } from './type-scale'

/** What every measured file records about where, when and how it was measured. */
export interface Provenance {
  script: string
  command: string
  run_all_command: string | null
  date_utc: string
  gpu_name: string
  sm_count: number
  compute_capability: string
  gpu_memory_bytes: number
  l2_cache_bytes: number | null
  driver_version: string | null
  cuda_runtime_version: string | null
  torch_version: string
  python_version: string
  clocks_mhz_when_written: Record<string, string | null>
  power_limit_w: string | null
  warmup: number
  repeat: number
  timing: string
  method: string
}

/** One timed quantity in the summary: the median of its raw samples (ms). */
export interface Median {
  median_ms: number
}

/** One timed quantity in the full files: its raw samples (ms) and their median. */
export interface Timed extends Median {
  samples_ms: number[]
  min_ms: number
  max_ms: number
  n_samples: number
}

export interface BalanceFile {
  provenance: Provenance
  copy: (Median & { buffer_bytes: number, bytes_moved_per_copy: number, bandwidth_GBps: number })[]
  gemm: (Median & { n: number, m: number, k: number, flops_per_gemm: number, gemms_per_sample: number, rel_error_vs_fp32: number, tflops: number })[]
  result: { hbm_bandwidth_GBps: number, gemm_peak_tflops: number, gemm_peak_at_n: number, ridge_flop_per_byte: number }
}

export interface AttentionFile {
  provenance: Provenance & { heads: number, head_dim: number, batch: number, causal: boolean }
  check: { materialised_rel_err_vs_fp32: number, fused_rel_err_vs_fp32: number }
  results: {
    n: number
    flops: number
    materialised_sp_hbm_bytes: number
    qkvo_bytes: number
    materialised: Median & { peak_extra_bytes: number, tflops: number, stages: Record<'qk' | 'softmax' | 'pv', { median_ms: number, GBps?: number }> }
    fused: Median & { peak_extra_bytes: number, tflops: number }
    speedup: number
  }[]
}

export interface DecodeEntry extends Partial<Median> {
  context: number
  batch: number
  kv_bytes: number
  weight_bytes: number
  skipped?: string
  tokens_per_s?: number
  bytes_read?: number
  achieved_GBps?: number
  fraction_of_measured_hbm?: number
  bandwidth_floor_ms?: number
  flops?: number
  tflops?: number
  flop_per_byte?: number
  attention_median_ms?: number
  eager_median_ms?: number
}

/** The model shapes the decode and prefill scripts used (Llama-3-8B's, random weights). */
export interface ModelShapes {
  name: string
  hidden: number
  layers: number
  heads: number
  kv_heads: number
  head_dim: number
  mlp: number
  vocab: number
  dtype: string
  rope: string
}

export interface DecodeFile {
  provenance: Provenance & { model: ModelShapes, params: number, kv_bytes_per_token: number, measured_hbm_GBps: number | null }
  check: { graph_matches_eager: boolean }
  results: DecodeEntry[]
}

export interface PrefillFile {
  provenance: Provenance & { model: ModelShapes, params: number, sdpa_gqa_native: boolean }
  results: (Median & { prompt_tokens: number, tokens_per_s: number, flops: number, tflops: number, weight_bytes: number })[]
}

/** The four measured files as summarised (medians, no raw samples). */
export const FILES = summaryJson as unknown as {
  balance: BalanceFile
  attention: AttentionFile
  decode: DecodeFile
  prefill: PrefillFile
}

export type MeasuredFile = keyof typeof FILES

/**
 * Datasheet figures shown beside the measurements (facts.md §GPU specs): A100-40GB SXM 1,555 GB/s
 * and 312 TFLOPS dense FP16/BF16 Tensor (ridge ≈ 201 FLOP/B); H200 SXM 4.8 TB/s and the H100's
 * 989.4 TFLOPS dense BF16 (ridge ≈ 206).
 */
export const DATASHEET = {
  A100: { name: 'A100 40GB', bandwidthGBps: 1555, tflops: 312 },
  H200: { name: 'H200', bandwidthGBps: 4800, tflops: 989.4 },
} as const

export function ridgeOf(spec: { bandwidthGBps: number, tflops: number }): number {
  return spec.tflops * 1e12 / (spec.bandwidthGBps * 1e9)
}

/** "H200" from "NVIDIA H200". */
export function gpuShortName(p: Provenance): string {
  return p.gpu_name.replace(/^NVIDIA\s+/, '')
}

/** The date of the measurement, YYYY-MM-DD (UTC). */
export function measuredDate(p: Provenance): string {
  return p.date_utc.slice(0, 10)
}

/** The label every measured panel carries: "实测：H200，bench/gpu/decode.py，随机权重，2026-12-01". */
export function measuredLabel(file: MeasuredFile): string {
  const p = FILES[file].provenance
  const inputs = file === 'decode' || file === 'prefill' ? '随机权重' : '随机数据'
  return `实测：${gpuShortName(p)}，${p.script}，${inputs}，${measuredDate(p)}`
}

/** The label in two lines for a narrow figure: "实测：H200，随机权重，2026-12-01" and the script. */
/**
 * The measured panels' geometry: viewBox width, the canvas width a panel beside text gets, and
 * the canvas size of their labels. `panelFontSize(drawnWidth)` is the SVG font-size for that.
 */
export const PANEL = { viewBoxWidth: 440, drawnWidth: 430, labelPx: 12.5 } as const

export function panelFontSize(drawnWidth: number = PANEL.drawnWidth): number {
  return svgFontSize(PANEL.labelPx, PANEL.viewBoxWidth, drawnWidth)
}

export function measuredLabelLines(file: MeasuredFile): [string, string] {
  const p = FILES[file].provenance
  const inputs = file === 'decode' || file === 'prefill' ? '随机权重' : '随机数据'
  return [`实测：${gpuShortName(p)}，${inputs}，${measuredDate(p)}`, `${p.script}（中位数）`]
}

// ---------------------------------------------------------------- machine balance

export const balance = {
  bandwidthGBps: FILES.balance.result.hbm_bandwidth_GBps,
  gemmPeakTflops: FILES.balance.result.gemm_peak_tflops,
  ridge: FILES.balance.result.ridge_flop_per_byte,
  gemm: FILES.balance.gemm.map(g => ({ n: g.m, tflops: g.tflops, ms: g.median_ms })),
  copy: FILES.balance.copy.map(c => ({ bytes: c.buffer_bytes, GBps: c.bandwidth_GBps })),
} as const

// ---------------------------------------------------------------- attention

export interface AttentionPoint {
  n: number
  materialisedMs: number
  fusedMs: number
  speedup: number
  /** Peak bytes allocated beyond Q, K, V during one call (the output included). */
  materialisedPeakBytes: number
  fusedPeakBytes: number
  fusedTflops: number
  stagesMs: { qk: number, softmax: number, pv: number }
}

export const attention: AttentionPoint[] = FILES.attention.results.map(r => ({
  n: r.n,
  materialisedMs: r.materialised.median_ms,
  fusedMs: r.fused.median_ms,
  speedup: r.materialised.median_ms / r.fused.median_ms,
  materialisedPeakBytes: r.materialised.peak_extra_bytes,
  fusedPeakBytes: r.fused.peak_extra_bytes,
  fusedTflops: r.fused.tflops,
  stagesMs: { qk: r.materialised.stages.qk.median_ms, softmax: r.materialised.stages.softmax.median_ms, pv: r.materialised.stages.pv.median_ms },
}))

export const attentionShape = {
  heads: FILES.attention.provenance.heads,
  headDim: FILES.attention.provenance.head_dim,
  batch: FILES.attention.provenance.batch,
}

// ---------------------------------------------------------------- decode

export interface DecodePoint {
  context: number
  batch: number
  ms: number
  tokensPerS: number
  achievedGBps: number
  fractionOfHbm: number
  /** The time the step's bytes would take at the measured copy bandwidth. */
  floorMs: number
  attentionMs: number
  flopPerByte: number
  tflops: number
}

export const decode: DecodePoint[] = FILES.decode.results
  .filter(r => r.median_ms !== undefined)
  .map(r => ({
    context: r.context,
    batch: r.batch,
    ms: r.median_ms!,
    tokensPerS: r.tokens_per_s!,
    achievedGBps: r.achieved_GBps!,
    fractionOfHbm: r.fraction_of_measured_hbm!,
    floorMs: r.bandwidth_floor_ms!,
    attentionMs: r.attention_median_ms!,
    flopPerByte: r.flop_per_byte!,
    tflops: r.tflops!,
  }))

/** (context, batch) pairs the run skipped, with the reason (KV cache beyond the memory budget). */
export const decodeSkipped = FILES.decode.results
  .filter(r => r.skipped !== undefined)
  .map(r => ({ context: r.context, batch: r.batch, reason: r.skipped! }))

export const decodeContexts: number[] = [...new Set(decode.map(d => d.context))].sort((a, b) => a - b)

export function decodeAt(context: number): DecodePoint[] {
  return decode.filter(d => d.context === context).sort((a, b) => a.batch - b.batch)
}

/** Batch-1 step in eager PyTorch against the CUDA graph (the launch overhead a graph removes). */
export const decodeEager = FILES.decode.results
  .filter(r => r.eager_median_ms !== undefined)
  .map(r => ({ context: r.context, eagerMs: r.eager_median_ms!, graphMs: r.median_ms! }))

const M = FILES.decode.provenance.model

/** Weights every token multiplies through (Q/K/V, O, gate/up, down of every layer). */
export const matmulParams = M.layers * M.hidden * ((M.heads + 2 * M.kv_heads) * M.head_dim + M.heads * M.head_dim + 3 * M.mlp)

export const decodeModel = {
  shapes: M,
  params: FILES.decode.provenance.params,
  matmulParams,
  kvBytesPerToken: FILES.decode.provenance.kv_bytes_per_token,
  /** Weight bytes read by a batch-1 step (all layers and the LM head; one embedding row). */
  weightBytes: FILES.decode.results[0].weight_bytes,
}

/**
 * The two roofs in tokens per second, from the measured ceilings: a step that only has to read
 * the weights once runs at most batch × bandwidth ÷ weight bytes tokens/s; no step runs more
 * tokens/s than the GEMM peak ÷ 2 FLOP per weight per token (attention and the LM head left out).
 */
export const tokenRoofs = {
  perBatchFromBandwidth: balance.bandwidthGBps * 1e9 / decodeModel.weightBytes,
  computeCeiling: balance.gemmPeakTflops * 1e12 / (2 * matmulParams),
  /** Tokens per step where the two roofs meet: the batch-size ridge point. */
  get ridgeTokens(): number {
    return this.computeCeiling / this.perBatchFromBandwidth
  },
}

// ---------------------------------------------------------------- prefill

export interface PrefillPoint {
  tokens: number
  ms: number
  tokensPerS: number
  tflops: number
}

export const prefill: PrefillPoint[] = FILES.prefill.results.map(r => ({
  tokens: r.prompt_tokens,
  ms: r.median_ms,
  tokensPerS: r.tokens_per_s,
  tflops: r.tflops,
}))

// ---------------------------------------------------------------- roofline points

/** Measured operations as roofline points: intensity (FLOP per HBM byte) and achieved TFLOP/s. */
export interface MeasuredRooflinePoint {
  id: string
  label: string
  intensity: number
  tflops: number
}

/** The attention points at sequence length `n` (default: the longest measured). */
export function measuredRooflinePoints(n?: number): MeasuredRooflinePoint[] {
  const g = FILES.balance.gemm[FILES.balance.gemm.length - 1]
  // square GEMM: 2n³ FLOPs over A, B read and C written once (3n² bf16 values)
  const gemm = { id: 'gemm', label: `GEMM ${g.m}³`, intensity: g.flops_per_gemm / (3 * g.m * g.m * 2), tflops: g.tflops }
  const short = decodeAt(decodeContexts[0])
  const first = short[0]
  const last = short[short.length - 1]
  const a = n === undefined ? FILES.attention.results[FILES.attention.results.length - 1] : FILES.attention.results.find(r => r.n === n)
  if (!a)
    throw new Error(`no attention measurement at N = ${n}`)
  return [
    gemm,
    { id: 'decode-1', label: `decode batch ${first.batch}`, intensity: first.flopPerByte, tflops: first.tflops },
    { id: `decode-${last.batch}`, label: `decode batch ${last.batch}`, intensity: last.flopPerByte, tflops: last.tflops },
    // materialised: Q, K, V, O plus S and P written and read back
    { id: 'attn-materialised', label: `materialised N=${a.n}`, intensity: a.flops / (a.qkvo_bytes + a.materialised_sp_hbm_bytes), tflops: a.materialised.tflops },
    // fused: Q, K, V read and O written once (the minimum; K and V re-reads hit L2 or SRAM)
    { id: 'attn-fused', label: `SDPA flash N=${a.n}`, intensity: a.flops / a.qkvo_bytes, tflops: a.fused.tflops },
  ]
}

// ---------------------------------------------------------------- scales for the figures



/** 1024 → "1k", 16384 → "16k", 512 → "512". */
export function kLabel(v: number): string {
  return v >= 1000 && v % 1024 === 0 ? `${v / 1024}k` : v >= 1000 && v % 1000 === 0 ? `${v / 1000}k` : `${v}`
}
