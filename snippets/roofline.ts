/**
 * Roofline arithmetic (Williams, Waterman & Patterson, CACM 2009) and HBM traffic of attention.
 * Peaks and bandwidths are the datasheet values collected in facts.md (dense, no sparsity).
 */
export interface Gpu {
  name: string
  /** peak dense FP16/BF16 Tensor Core throughput, FLOP/s */
  peak: number
  /** HBM bandwidth, byte/s */
  bandwidth: number
}

export const A100: Gpu = { name: 'A100 80GB SXM', peak: 312e12, bandwidth: 2.039e12 }
export const A100_40GB: Gpu = { name: 'A100 40GB', peak: 312e12, bandwidth: 1.555e12 }
export const H100: Gpu = { name: 'H100 SXM', peak: 989.4e12, bandwidth: 3.35e12 }

// #region core
/** Attainable FLOP/s at operational intensity I (FLOP per byte of HBM traffic). */
export const attainable = (gpu: Gpu, I: number) => Math.min(gpu.peak, gpu.bandwidth * I)

/** Ridge point: the intensity needed to reach peak. Left of it memory-bound, right compute-bound. */
export const ridge = (gpu: Gpu) => gpu.peak / gpu.bandwidth

/** GEMM (M x K) · (K x N) in 2-byte elements: 2MNK FLOPs over reading A, B and writing C once. */
export const gemmIntensity = (M: number, N: number, K: number, e = 2) =>
  (2 * M * N * K) / (e * (M * K + K * N + M * N))

/** Attention FLOPs of one head: QKᵀ and PV, 2·N·N·d each. */
export const attentionFlops = (N: number, d: number) => 4 * N * N * d

/** Standard attention (S and P written to HBM and read back): Q,K in; S out, in; P out; P,V in; O out. */
export const standardBytes = (N: number, d: number, e = 2) =>
  e * (2 * N * d + N * N + N * N + N * N + (N * N + N * d) + N * d)

/** FA2 order, every tile load counted as HBM traffic: Q once, K and V once per Q block, O and L once. */
export const flashBytes = (N: number, d: number, Br: number, e = 2) =>
  e * (N * d + Math.ceil(N / Br) * 2 * N * d + N * d) + 4 * N
// #endregion core

/** FA1 order: K, V once; Q_i and O_i read and O_i written once per K/V block; ℓ, m (FP32) read and written too. */
export const flashBytesFa1 = (N: number, d: number, Bc: number, e = 2) =>
  e * 2 * N * d + Math.ceil(N / Bc) * (e * 3 * N * d + 4 * 4 * N)

/** The least any exact kernel must move: Q, K, V read and O written once. */
export const minimumBytes = (N: number, d: number, e = 2) => e * 4 * N * d

/**
 * Decode attention: one new query per head reads the whole K and V cache (2·N·d elements) for 4·N·d
 * FLOPs, so about 1 FLOP/byte in FP16 whatever the batch (each request reads its own cache). With GQA
 * `group` query heads share one K/V head, so the same bytes serve `group` times the FLOPs.
 */
export const decodeAttentionIntensity = (e = 2, group = 1) => 4 * group / (2 * e)

/** Standalone softmax over 2-byte scores: about 5 FLOPs (max, subtract, exp, sum, divide) per element read and written. */
export const softmaxIntensity = (e = 2) => 5 / (2 * e)

export interface RoofPoint {
  id: string
  label: string
  /** operational intensity, FLOP/byte; `to` makes it a range */
  I: number
  to?: number
}

/** The operations placed on the roofline slide, for one head with N = 4096, d = 128, Br = 128. */
export function rooflinePoints(N = 4096, d = 128, Br = 128): RoofPoint[] {
  const flops = attentionFlops(N, d)
  return [
    { id: 'decode', label: 'Decode attention', I: decodeAttentionIntensity() },
    { id: 'decode-gqa', label: 'Decode，GQA 组 4', I: decodeAttentionIntensity(2, 4) },
    { id: 'softmax', label: 'softmax', I: softmaxIntensity() },
    { id: 'standard', label: '标准 attention', I: flops / standardBytes(N, d) },
    { id: 'flash', label: 'FlashAttention', I: flops / flashBytes(N, d, Br), to: flops / minimumBytes(N, d) },
    { id: 'gemm', label: 'GEMM 4096³', I: gemmIntensity(4096, 4096, 4096) },
  ]
}

export const MiB = 1024 * 1024

/** HBM traffic of one head, in bytes, per algorithm: the numbers printed on the data-movement slide. */
export function hbmTraffic(N = 4096, d = 128, block = 128) {
  return {
    standard: standardBytes(N, d),
    fa1: flashBytesFa1(N, d, block),
    fa2: flashBytes(N, d, block),
    minimum: minimumBytes(N, d),
    /** the intermediates standard attention keeps in HBM: S and P, N x N each */
    intermediates: 2 * 2 * N * N,
    /** what FlashAttention keeps instead: m and ℓ (FP32) per row */
    stats: 2 * 4 * N,
  }
}
