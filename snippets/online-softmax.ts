/**
 * Online softmax and tiled attention over small matrices (plain arrays, no GPU):
 * the naive reference, the FlashAttention-1 loop order (outer K/V blocks, inner Q blocks, O, ℓ, m
 * written back to "HBM" each time) and the FlashAttention-2 loop order (outer Q blocks, inner K/V
 * blocks, unnormalised O kept on chip, one division at the end). All three must agree.
 */
export type Matrix = number[][]

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
/** Σ_j p_j · v[j][c]: one output column of p · V. */
const colDot = (p: number[], v: Matrix, c: number) => p.reduce((t, pj, j) => t + pj * v[j][c], 0)

/** One query row: running max m, sum ℓ, unnormalised output acc. */
export interface Row {
  m: number
  l: number
  acc: number[]
}

/** A fresh row before any block: m = −∞, ℓ = 0, acc = 0. */
export const emptyRow = (dv: number): Row => ({ m: -Infinity, l: 0, acc: Array(dv).fill(0) })

// #region core
/** Fold in a K/V block: scores s, rows v. */
export function absorbBlock(
  r: Row, s: number[], v: Matrix,
): Row { // Row = { m, l, acc }
  const m = Math.max(r.m, ...s) // new max
  const a = Math.exp(r.m - m) // rescale old
  const p = s.map(x => Math.exp(x - m))
  const l = a * r.l + sum(p)
  const acc = r.acc.map((o, c) =>
    a * o + colDot(p, v, c)) // not ÷ ℓ yet
  return { m, l, acc }
}

/** FA2: divide by ℓ once, at the end. */
export function finishRow(r: Row) {
  const o = r.acc.map(x => x / r.l)
  return { o, lse: r.m + Math.log(r.l) }
}
// #endregion core

/** Seeded PRNG (mulberry32): same seed, same numbers, on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** rows x cols matrix of uniform values in [-scale, scale), from a seed. */
export function randomMatrix(rows: number, cols: number, seed: number, scale = 1): Matrix {
  const rnd = mulberry32(seed)
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => (rnd() * 2 - 1) * scale))
}

const dot = (a: number[], b: number[]) => a.reduce((t, x, i) => t + x * b[i], 0)

/** Safe softmax in three passes (max, sum, divide): the reference. */
export function softmax(x: number[]): number[] {
  const m = Math.max(...x)
  const e = x.map(v => Math.exp(v - m))
  const s = e.reduce((a, b) => a + b, 0)
  return e.map(v => v / s)
}

/** Online softmax (Milakov & Gimelshein 2018): max and normaliser in one pass, then divide. */
export function onlineSoftmax(x: number[]): number[] {
  let m = -Infinity
  let d = 0
  for (const v of x) {
    const mNew = Math.max(m, v)
    d = d * (m === -Infinity ? 0 : Math.exp(m - mNew)) + Math.exp(v - mNew)
    m = mNew
  }
  return x.map(v => Math.exp(v - m) / d)
}

/** Scores of one block: q · k_j for the K rows [from, to), times the softmax scale. */
function blockScores(q: number[], K: Matrix, from: number, to: number, scale: number): number[] {
  return K.slice(from, to).map(k => dot(q, k) * scale)
}

/** Standard attention: materialise S = scale·QKᵀ and P = softmax(S), then O = PV. */
export function naiveAttention(Q: Matrix, K: Matrix, V: Matrix, scale = 1 / Math.sqrt(Q[0].length)): Matrix {
  return Q.map((q) => {
    const p = softmax(K.map(k => dot(q, k) * scale))
    return V[0].map((_, c) => p.reduce((t, pj, j) => t + pj * V[j][c], 0))
  })
}

export interface TiledResult {
  O: Matrix
  /** logsumexp per row (FA2 stores only this for the backward pass). */
  L: number[]
  /** Block transfers counted as HBM traffic, per matrix: how many times a block was read or written. */
  traffic: Record<'readQ' | 'readK' | 'readV' | 'readO' | 'writeO', number>
}

const blocks = (n: number, b: number) => Array.from({ length: Math.ceil(n / b) }, (_, i) => [i * b, Math.min(n, (i + 1) * b)] as const)

/**
 * FlashAttention-2 order: outer loop over Q blocks (one per thread block), inner over K/V blocks.
 * Each row keeps an unnormalised output and is divided by ℓ once, at the end.
 */
export function flashAttentionFa2(Q: Matrix, K: Matrix, V: Matrix, Br: number, Bc: number, scale = 1 / Math.sqrt(Q[0].length)): TiledResult {
  const traffic = { readQ: 0, readK: 0, readV: 0, readO: 0, writeO: 0 }
  const O: Matrix = []
  const L: number[] = []
  for (const [r0, r1] of blocks(Q.length, Br)) {
    traffic.readQ++
    let rows = Q.slice(r0, r1).map(() => emptyRow(V[0].length))
    for (const [c0, c1] of blocks(K.length, Bc)) {
      traffic.readK++
      traffic.readV++
      rows = rows.map((st, r) => absorbBlock(st, blockScores(Q[r0 + r], K, c0, c1, scale), V.slice(c0, c1)))
    }
    for (const st of rows) {
      const { o, lse } = finishRow(st)
      O.push(o)
      L.push(lse)
    }
    traffic.writeO++
  }
  return { O, L, traffic }
}

/**
 * FlashAttention-1 order (Algorithm 1 of the paper): outer loop over K/V blocks, inner over Q blocks.
 * O_i, ℓ_i, m_i live in HBM between visits: read, updated with the diag(ℓ_new)⁻¹ rescaling, written back.
 */
export function flashAttentionFa1(Q: Matrix, K: Matrix, V: Matrix, Br: number, Bc: number, scale = 1 / Math.sqrt(Q[0].length)): TiledResult {
  const traffic = { readQ: 0, readK: 0, readV: 0, readO: 0, writeO: 0 }
  const dv = V[0].length
  const O: Matrix = Q.map(() => Array(dv).fill(0)) // normalised output, in HBM
  const l = Q.map(() => 0)
  const m = Q.map(() => -Infinity)
  for (const [c0, c1] of blocks(K.length, Bc)) {
    traffic.readK++
    traffic.readV++
    for (const [r0, r1] of blocks(Q.length, Br)) {
      traffic.readQ++
      traffic.readO++
      for (let r = r0; r < r1; r++) {
        const s = blockScores(Q[r], K, c0, c1, scale)
        const mBlock = Math.max(...s)
        const p = s.map(x => Math.exp(x - mBlock))
        const lBlock = p.reduce((a, b) => a + b, 0)
        const mNew = Math.max(m[r], mBlock)
        const old = m[r] === -Infinity ? 0 : Math.exp(m[r] - mNew)
        const cur = Math.exp(mBlock - mNew)
        const lNew = old * l[r] + cur * lBlock
        O[r] = O[r].map((o, c) => (l[r] * old * o + cur * p.reduce((t, pj, j) => t + pj * V[c0 + j][c], 0)) / lNew)
        l[r] = lNew
        m[r] = mNew
      }
      traffic.writeO++
    }
  }
  return { O, L: m.map((mi, r) => mi + Math.log(l[r])), traffic }
}

/** One query row folded block by block: the trace the tiling figure draws. */
export interface TraceStep {
  block: number
  scores: number[]
  /** max of this block's scores, and the running max before and after it. */
  blockMax: number
  mOld: number
  m: number
  /** e^{m_old − m_new}: how much the earlier blocks shrink (0 for the first block). */
  alpha: number
  /** e^{s − m_new} for this block. */
  weights: number[]
  l: number
  /** this block's own contribution Σ_j p_j · v_j (before adding the rescaled old acc). */
  pv: number[]
  /** unnormalised and normalised output after this block. */
  acc: number[]
  o: number[]
}

export function rowTrace(q: number[], K: Matrix, V: Matrix, Bc: number, scale = 1): TraceStep[] {
  let st = emptyRow(V[0].length)
  return blocks(K.length, Bc).map(([c0, c1], block) => {
    const scores = blockScores(q, K, c0, c1, scale)
    const next = absorbBlock(st, scores, V.slice(c0, c1))
    const step: TraceStep = {
      block,
      scores,
      blockMax: Math.max(...scores),
      mOld: st.m,
      m: next.m,
      alpha: st.m === -Infinity ? 0 : Math.exp(st.m - next.m),
      weights: scores.map(s => Math.exp(s - next.m)),
      l: next.l,
      pv: V[0].map((_, c) => colDot(scores.map(x => Math.exp(x - next.m)), V.slice(c0, c1), c)),
      acc: next.acc,
      o: next.acc.map(a => a / next.l),
    }
    st = next
    return step
  })
}

/** The small example drawn on the tiling slide: one query row, four keys in two blocks of two. */
export const TILING_EXAMPLE = {
  q: [1, 1],
  K: [[1, 0], [2, 1], [3, 2], [1, 1]],
  V: [[1, 0], [0, 1], [1, 1], [2, 0]],
  Bc: 2,
} as const

export function tilingExample() {
  const { q, K, V, Bc } = TILING_EXAMPLE
  const Km = K.map(r => [...r])
  const Vm = V.map(r => [...r])
  const steps = rowTrace([...q], Km, Vm, Bc, 1)
  const exact = naiveAttention([[...q]], Km, Vm, 1)[0]
  return { steps, exact }
}
