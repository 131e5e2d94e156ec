/**
 * DistServe's queueing model of the prefill phase (OSDI'24 §3.1, Eqs. 1-3): requests arrive as a
 * Poisson stream of rate R, every prefill takes the same time D on one GPU, so each instance is an
 * M/D/1 queue and the average TTFT is execution time plus the mean wait D_s + R·D_s² / (2(1 − R·D_s)).
 *  - one GPU:            service D.
 *  - 2-way inter-op:     a 2-stage pipeline; a request still takes D, but the bottleneck stage
 *                        (what the queue sees) takes D/2, so the GPU pair accepts twice the rate.
 *  - 2-way intra-op:     tensor parallelism splits each operator; communication leaves a speed-up
 *                        K (1 < K < 2) instead of 2, so a request takes D/K.
 * Past saturation (R at or above what the instance serves) the queue grows without bound.
 */

/** Seconds; rate in requests per second. */
export type Parallelism = 'single' | 'inter' | 'intra'

// #region core
// Average TTFT = execution + mean M/D/1 wait; Poisson rate R
export function ttftSingle(R: number, D: number) {
  // one GPU: D + R D^2 / (2 (1 - R D))
  return R * D >= 1 ? Infinity
    : D + (R * D * D) / (2 * (1 - R * D))
}
export function ttftInterOp(R: number, D: number) {
  // 2-stage pipeline: the queue sees D / 2
  return R * D >= 2 ? Infinity
    : D + (R * D * D) / (4 * (2 - R * D))
}
export function ttftIntraOp(R: number, D: number, K: number) {
  // 2-way tensor parallel: speed-up K < 2
  return R * D >= K ? Infinity
    : D / K + (R * D * D) / (2 * K * (K - R * D))
}
// #endregion core

/** The rate each set-up can sustain at all: 1/D, 2/D, K/D. */
export function saturationRate(p: Parallelism, D: number, K = 2): number {
  return p === 'single' ? 1 / D : p === 'inter' ? 2 / D : K / D
}

/** Average TTFT of one set-up at rate R. */
export function ttft(p: Parallelism, R: number, D: number, K = 2): number {
  return p === 'single' ? ttftSingle(R, D) : p === 'inter' ? ttftInterOp(R, D) : ttftIntraOp(R, D, K)
}

/**
 * Goodput of one set-up under a TTFT SLO: the highest rate whose average TTFT stays within `slo`
 * (bisection; TTFT grows with R). 0 when even an idle instance misses the SLO.
 */
export function goodputRate(p: Parallelism, D: number, K: number, slo: number): number {
  if (ttft(p, 0, D, K) > slo)
    return 0
  let lo = 0
  let hi = saturationRate(p, D, K)
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2
    if (ttft(p, mid, D, K) <= slo)
      lo = mid
    else
      hi = mid
  }
  return lo
}

/**
 * The rate above which inter-op gives the lower TTFT (bisection on intra − inter, which is
 * negative at R = 0 and +∞ at intra-op's saturation K/D).
 */
export function crossoverRate(D: number, K: number): number {
  let lo = 0
  let hi = K / D
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2
    if (ttftIntraOp(mid, D, K) < ttftInterOp(mid, D))
      lo = mid
    else
      hi = mid
  }
  return (lo + hi) / 2
}

/** Sampled curve for a chart: points up to (but not past) saturation or `yMax`. */
export function ttftCurve(p: Parallelism, D: number, K: number, rMax: number, yMax: number, n = 120) {
  const pts: [number, number][] = []
  const rSat = saturationRate(p, D, K)
  for (let i = 0; i <= n; i++) {
    const R = (rMax * i) / n
    if (R >= rSat)
      break
    const t = ttft(p, R, D, K)
    if (t > yMax) {
      // finish the curve exactly at the top edge
      let lo = pts.length ? pts[pts.length - 1][0] : 0
      let hi = R
      for (let j = 0; j < 50; j++) {
        const mid = (lo + hi) / 2
        if (ttft(p, mid, D, K) > yMax)
          hi = mid
        else
          lo = mid
      }
      pts.push([lo, yMax])
      break
    }
    pts.push([R, t])
  }
  return pts
}

/**
 * The slide's set-up: DistServe's Fig. 4 case (66B model, 512-token prompts, two A100s). D is an
 * assumed single-GPU prefill time of that order: 2 · 66e9 · 512 FLOP ≈ 6.8e13 FLOP is 0.22 s at
 * A100's 312 TFLOPS peak, about 0.4 s at 55% of it.
 */
export const SLIDE_D = 0.4
/** The speed-ups the slide steps through. */
export const SLIDE_K = [1.5, 1.7, 1.9] as const
/** The slide's TTFT SLO, 1.5 D: the line under which goodput is read off. */
export const SLIDE_SLO = 0.6
