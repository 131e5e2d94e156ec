/**
 * A paged KV-cache block manager in the spirit of vLLM's (V0 BlockSpaceManager, V1
 * KVCacheManager): the KV cache is a pool of fixed-size physical blocks, each sequence has a block
 * table mapping its logical blocks to physical ones, blocks are shared by reference count and
 * copied on write. Drawn by components/VllmPagedKv.vue (slide 21) and used by the scheduler in
 * snippets/vllm-scheduler.ts (slides 16-20).
 *
 * After Kwon et al., "Efficient Memory Management for Large Language Model Serving with
 * PagedAttention" (SOSP 2023), §4.2-4.4. Only block ids are managed here; `replay` below also
 * tracks what each slot holds, so a figure can show the copy.
 */

/** Where one token's K/V goes: a physical block and the slot inside it. */
export interface Slot {
  block: number
  offset: number
  /** Set when the write needed a copy-on-write: the shared block and its private copy. */
  copied?: { from: number, to: number }
}

export class BlockManager {
  /** Free physical block ids; the next allocation takes the first. */
  private free: number[]
  /** How many block tables point at each physical block. */
  readonly refCount: number[]
  /** Block table of each sequence: logical block i → physical block id. */
  readonly tables = new Map<string, number[]>()
  /** Tokens stored so far per sequence. */
  readonly lengths = new Map<string, number>()

  /** `order` is the order free blocks are handed out in (default 0, 1, 2, ...). */
  constructor(readonly numBlocks: number, readonly blockSize: number, order?: readonly number[]) {
    this.free = order ? [...order] : Array.from({ length: numBlocks }, (_, i) => i)
    if (this.free.length !== numBlocks || new Set(this.free).size !== numBlocks || this.free.some(b => b < 0 || b >= numBlocks))
      throw new Error('order must list every block id once')
    this.refCount = Array.from({ length: numBlocks }, () => 0)
  }

  /** A new sequence with `tokens` prompt tokens: take ceil(tokens / blockSize) free blocks. */
  allocate(seq: string, tokens: number): void {
    const need = Math.ceil(tokens / this.blockSize)
    if (need > this.free.length)
      throw new Error(`out of blocks: ${seq} needs ${need}`)
    this.tables.set(seq, this.take(need))
    this.lengths.set(seq, tokens)
  }

  // #region core
  /** One more token: a new block, a copy, or in place. */
  appendSlot(seq: string): Slot {
    const table = this.tables.get(seq)!
    const len = this.lengths.get(seq)!
    const offset = len % this.blockSize
    const last = table[table.length - 1]
    const fresh = offset === 0 || this.refCount[last] > 1
    const block = fresh ? this.take(1)[0] : last
    this.lengths.set(seq, len + 1)
    if (offset === 0) { // last block full: map a new one
      table.push(block)
      return { block, offset }
    }
    if (block === last) // ours alone: write in place
      return { block, offset }
    this.refCount[last] -= 1 // shared: copy-on-write
    table[table.length - 1] = block
    return { block, offset, copied: { from: last, to: block } }
  }
  // #endregion core

  /** A second sample of the same prompt: same physical blocks, one more reference each. */
  fork(parent: string, child: string): void {
    const table = [...this.tables.get(parent)!]
    for (const b of table) this.refCount[b] += 1
    this.tables.set(child, table)
    this.lengths.set(child, this.lengths.get(parent)!)
  }

  /** A finished sequence: drop its references; a block with none left goes back to the pool. */
  release(seq: string): void {
    for (const b of this.tables.get(seq) ?? []) {
      this.refCount[b] -= 1
      if (this.refCount[b] === 0)
        this.free.push(b)
    }
    this.tables.delete(seq)
    this.lengths.delete(seq)
  }

  private take(n: number): number[] {
    if (n > this.free.length)
      throw new Error('out of blocks')
    const blocks = this.free.splice(0, n)
    for (const b of blocks) this.refCount[b] = 1
    return blocks
  }

  get numFree(): number {
    return this.free.length
  }

  freeBlocks(): number[] {
    return [...this.free]
  }

  /** Blocks `seq` (new or existing) would take to store `tokens` more tokens, ignoring sharing. */
  blocksNeeded(seq: string, tokens: number): number {
    const len = this.lengths.get(seq) ?? 0
    return Math.ceil((len + tokens) / this.blockSize) - Math.ceil(len / this.blockSize)
  }

  /** Store `tokens` more tokens of `seq`, creating its table if it has none. */
  appendTokens(seq: string, tokens: number): void {
    if (!this.tables.has(seq)) {
      this.allocate(seq, tokens)
      return
    }
    for (let i = 0; i < tokens; i++) this.appendSlot(seq)
  }
}

/** One operation of a replayed scenario; `token(s)` are what the slots hold (words in a figure). */
export type BlockOp =
  | { kind: 'allocate', seq: string, tokens: string[] }
  | { kind: 'append', seq: string, tokens: string[] }
  | { kind: 'fork', parent: string, child: string }
  | { kind: 'free', seq: string }

/** The manager's state after one operation, plus each physical block's slot contents. */
export interface BlockSnapshot {
  op: BlockOp
  tables: Record<string, number[]>
  lengths: Record<string, number>
  refCount: number[]
  free: number[]
  /** contents[block][offset]: the token whose K/V sits there ('' = empty). */
  contents: string[][]
  /** Copy-on-write copies this operation made. */
  copies: { from: number, to: number }[]
}

/** Run `ops` on a fresh manager and return its state after each. */
export function replay(numBlocks: number, blockSize: number, ops: readonly BlockOp[], order?: readonly number[]): BlockSnapshot[] {
  const bm = new BlockManager(numBlocks, blockSize, order)
  const contents = Array.from({ length: numBlocks }, () => Array.from({ length: blockSize }, () => ''))
  const snaps: BlockSnapshot[] = []
  for (const op of ops) {
    const copies: { from: number, to: number }[] = []
    if (op.kind === 'allocate') {
      bm.allocate(op.seq, op.tokens.length)
      bm.tables.get(op.seq)!.forEach((b, i) => {
        contents[b] = contents[b].map((_, k) => op.tokens[i * blockSize + k] ?? '')
      })
    }
    else if (op.kind === 'append') {
      for (const t of op.tokens) {
        const slot = bm.appendSlot(op.seq)
        if (slot.copied) {
          contents[slot.copied.to] = [...contents[slot.copied.from]]
          copies.push(slot.copied)
        }
        else if (slot.offset === 0) {
          contents[slot.block] = contents[slot.block].map(() => '')
        }
        contents[slot.block][slot.offset] = t
      }
    }
    else if (op.kind === 'fork') {
      bm.fork(op.parent, op.child)
    }
    else {
      bm.release(op.seq)
    }
    snaps.push({
      op,
      tables: Object.fromEntries([...bm.tables].map(([s, t]) => [s, [...t]])),
      lengths: Object.fromEntries(bm.lengths),
      refCount: [...bm.refCount],
      free: bm.freeBlocks(),
      contents: contents.map(c => [...c]),
      copies,
    })
  }
  return snaps
}
