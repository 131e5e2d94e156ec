/**
 * Causal attention over blocks of S = QKᵀ (rows = Q blocks of Br, columns = K blocks of Bc),
 * and how many thread blocks FA1 / FA2 launch against the SMs of a GPU.
 */
export type BlockKind = 'skipped' | 'masked' | 'full'

export interface CausalBlock { row: number, col: number, kind: BlockKind }

// #region core
/** Query i may see key j only if j ≤ i. Classify the block of rows [r0, r1) x columns [c0, c1). */
export function classify(r0: number, r1: number, c0: number, c1: number): BlockKind {
  if (c0 > r1 - 1)
    return 'skipped' // every key is after every query: skip the whole block
  if (c1 - 1 <= r0)
    return 'full' // every key is at or before every query: no mask needed
  return 'masked' // straddles the diagonal: apply the mask element by element
}

export function causalGrid(N: number, Br: number, Bc = Br): CausalBlock[] {
  const grid: CausalBlock[] = []
  for (let row = 0; row * Br < N; row++) {
    for (let col = 0; col * Bc < N; col++) {
      const kind = classify(row * Br, Math.min(N, (row + 1) * Br), col * Bc, Math.min(N, (col + 1) * Bc))
      grid.push({ row, col, kind })
    }
  }
  return grid
}
// #endregion core

export function countBlocks(grid: readonly CausalBlock[]): Record<BlockKind, number> {
  const counts = { skipped: 0, masked: 0, full: 0 }
  for (const b of grid)
    counts[b.kind]++
  return counts
}

/** Square blocks, N a multiple of B, n = N / B: n(n−1)/2 skipped, n masked, n(n−1)/2 full. */
export function causalFormula(n: number): Record<BlockKind, number> {
  return { skipped: n * (n - 1) / 2, masked: n, full: n * (n - 1) / 2 }
}

/** Share of block work left when skipped blocks are not computed: (n + 1) / 2n for n x n blocks. */
export function computedShare(grid: readonly CausalBlock[]): number {
  const c = countBlocks(grid)
  return (c.masked + c.full) / grid.length
}

export interface LaunchShape { batch: number, heads: number, N: number, Br: number }

/** Thread blocks launched: FA1 one per (batch, head); FA2 also one per Q row block of Br rows. */
export function threadBlocks(shape: LaunchShape, version: 'fa1' | 'fa2'): number {
  const perHead = version === 'fa1' ? 1 : Math.ceil(shape.N / shape.Br)
  return shape.batch * shape.heads * perHead
}

/**
 * Decode: each (request, head) has one new query row, so FA2's split over Q blocks gives one
 * thread block per (batch, head) again. Split-KV (Flash-Decoding) cuts the KV sequence into
 * `splits` chunks, one thread block each; their partial (m, ℓ, acc) are merged afterwards.
 */
export function decodeBlocks(shape: Pick<LaunchShape, 'batch' | 'heads'>, splits = 1): number {
  return shape.batch * shape.heads * splits
}

/** The most KV splits that still fit in one wave of `sms` SMs (at least 1). */
export function splitsToFill(shape: Pick<LaunchShape, 'batch' | 'heads'>, sms: number): number {
  return Math.max(1, Math.floor(sms / decodeBlocks(shape)))
}

/**
 * Occupancy of `sms` SMs running one thread block each at a time: waves, SMs busy in the first
 * wave, and the share of SM-waves doing work (the last wave may be partly idle).
 */
export function smOccupancy(blocks: number, sms: number) {
  const waves = Math.ceil(blocks / sms)
  return {
    waves,
    busyFirstWave: Math.min(blocks, sms),
    utilisation: waves === 0 ? 0 : blocks / (waves * sms),
  }
}
