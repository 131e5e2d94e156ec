/**
 * Throughput against batch size for each phase, from a roofline-style model (not measured data).
 * It reproduces the shapes of DistServe's Fig. 3 (13B model, one A100-80GB): prefill throughput
 * saturates after a few sequences, decode throughput keeps rising with the batch.
 * One iteration takes max(compute, memory traffic) plus a fixed overhead:
 *  - compute: 2·N FLOP per token for the linear layers, plus 4·L·d FLOP per layer for attention
 *    over L tokens (per token, so L² per prompt in prefill);
 *  - memory: the weights once per iteration plus the KV cache written (prefill) or read (decode).
 * A batch that does not fit next to the weights in memory is not run.
 */
import { A100 } from './roofline'

export interface Model { params: number, layers: number, hidden: number, bytes: number }
export interface Device { peak: number, bandwidth: number, memory: number }

/** 13B dense model (LLaMA/OPT-13B shape: 40 layers, hidden 5120), FP16. */
export const MODEL_13B: Model = { params: 13e9, layers: 40, hidden: 5120, bytes: 2 }
/** A100-80GB SXM: 312 TFLOPS FP16 dense, 2.039 TB/s, 80 GB. */
export const A100_80GB: Device = { peak: A100.peak, bandwidth: A100.bandwidth, memory: 80e9 }

/** Assumptions of the model, not measured: */
export const ASSUME = {
  /** fraction of peak FLOPS that large GEMMs reach */
  efficiency: 0.75,
  /** per-iteration cost that does not scale (launches, sampling, scheduling), s */
  overhead: 0.005,
  /** fraction of memory usable for weights + KV cache (the rest: activations, runtime) */
  usable: 0.9,
}

/** K and V, every layer: 2 · layers · hidden · bytes per token (800 KiB for 13B). */
export const kvBytesPerToken = (m: Model) => 2 * m.layers * m.hidden * m.bytes

// #region core
/** Does a batch of B sequences of L tokens fit beside the weights? */
export const fits = (B: number, L: number, m = MODEL_13B, g = A100_80GB) =>
  m.params * m.bytes + B * L * kvBytesPerToken(m) <= ASSUME.usable * g.memory

/** One iteration: the slower of compute and memory traffic, plus fixed overhead. */
const iteration = (flops: number, bytes: number, g: Device) =>
  Math.max(flops / (g.peak * ASSUME.efficiency), bytes / g.bandwidth) + ASSUME.overhead

/** Prefill: B prompts of L tokens in one pass; tokens per second. */
export function prefillThroughput(B: number, L: number, m = MODEL_13B, g = A100_80GB): number {
  const flops = B * (2 * m.params * L + 4 * L * L * m.hidden * m.layers)
  const bytes = m.params * m.bytes + B * L * kvBytesPerToken(m) // weights read, KV written
  return (B * L) / iteration(flops, bytes, g)
}

/** Decode: one new token for each of B sequences with L tokens of context; tokens per second. */
export function decodeThroughput(B: number, L: number, m = MODEL_13B, g = A100_80GB): number {
  const flops = B * (2 * m.params + 4 * L * m.hidden * m.layers)
  const bytes = m.params * m.bytes + B * L * kvBytesPerToken(m) // weights and whole KV cache read
  return B / iteration(flops, bytes, g)
}
// #endregion core

export type Phase = 'prefill' | 'decode'
/** DistServe's Fig. 3 axes: batch sizes 1 ... 128, input lengths 128 ... 1024. */
export const BATCHES = [1, 2, 4, 8, 16, 32, 64, 128] as const
export const LENGTHS = [128, 256, 512, 1024] as const

/** One curve per input length, over the batch sizes that fit in memory. */
export function phaseSeries(phase: Phase) {
  const f = phase === 'prefill' ? prefillThroughput : decodeThroughput
  return LENGTHS.map(L => ({
    L,
    points: BATCHES.filter(B => fits(B, L)).map(B => ({ B, tput: f(B, L) })),
  }))
}
