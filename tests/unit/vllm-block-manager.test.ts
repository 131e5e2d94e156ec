import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../../snippets/online-softmax'
import { type BlockOp, BlockManager, replay } from '../../snippets/vllm-block-manager'

/** Every block is either free or referenced, never both, and each refCount equals its table references. */
function checkInvariants(bm: BlockManager) {
  const free = bm.freeBlocks()
  expect(new Set(free).size).toBe(free.length) // no block listed free twice
  const refs = Array.from({ length: bm.numBlocks }, () => 0)
  for (const table of bm.tables.values()) {
    expect(new Set(table).size).toBe(table.length) // a table never maps two logical blocks to one physical
    for (const b of table) refs[b] += 1
  }
  expect(bm.refCount).toEqual(refs)
  const freeSet = new Set(free)
  const wrong = refs.map((c, b) => freeSet.has(b) !== (c === 0)).filter(Boolean)
  expect(wrong).toHaveLength(0) // handed out ⇔ not free
  for (const [seq, table] of bm.tables)
    expect(table.length).toBe(Math.ceil(bm.lengths.get(seq)! / bm.blockSize))
}

describe('BlockManager', () => {
  it('allocates ceil(tokens / blockSize) blocks in the pool order', () => {
    const bm = new BlockManager(8, 4, [5, 2, 6, 0, 3, 7, 1, 4])
    bm.allocate('a', 7)
    expect(bm.tables.get('a')).toEqual([5, 2])
    expect(bm.numFree).toBe(6)
    checkInvariants(bm)
  })

  it('appends in place until the block is full, then maps a new block', () => {
    const bm = new BlockManager(4, 4)
    bm.allocate('a', 3)
    expect(bm.appendSlot('a')).toEqual({ block: 0, offset: 3 })
    expect(bm.appendSlot('a')).toEqual({ block: 1, offset: 0 })
    expect(bm.tables.get('a')).toEqual([0, 1])
    checkInvariants(bm)
  })

  it('fork shares blocks; a write to a shared block copies it and leaves the original to the others', () => {
    const bm = new BlockManager(6, 4)
    bm.allocate('a', 6)
    bm.fork('a', 'b')
    expect(bm.refCount.slice(0, 2)).toEqual([2, 2])
    checkInvariants(bm)
    const slot = bm.appendSlot('b')
    expect(slot.copied).toEqual({ from: 1, to: 2 })
    expect(bm.tables.get('a')).toEqual([0, 1])
    expect(bm.tables.get('b')).toEqual([0, 2])
    expect(bm.refCount.slice(0, 3)).toEqual([2, 1, 1])
    // the owner alone now writes in place
    expect(bm.appendSlot('a')).toEqual({ block: 1, offset: 2 })
    checkInvariants(bm)
  })

  it('rejects an order that is not a permutation and an allocation that does not fit', () => {
    expect(() => new BlockManager(3, 4, [0, 0, 1])).toThrow()
    const bm = new BlockManager(2, 4)
    expect(() => bm.allocate('a', 9)).toThrow()
  })

  it('keeps its invariants over seeded random operations, and free returns everything', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const rnd = mulberry32(seed)
      const bm = new BlockManager(24, 1 + Math.floor(rnd() * 6))
      let next = 0
      for (let i = 0; i < 200; i++) {
        const live = [...bm.tables.keys()]
        const pick = live[Math.floor(rnd() * live.length)]
        const r = rnd()
        try {
          if (r < 0.25 || live.length === 0)
            bm.allocate(`s${next++}`, 1 + Math.floor(rnd() * 12))
          else if (r < 0.65)
            bm.appendSlot(pick)
          else if (r < 0.8)
            bm.fork(pick, `s${next++}`)
          else
            bm.release(pick)
        }
        catch (e) {
          expect(String(e)).toMatch(/out of blocks/)
        }
        checkInvariants(bm)
      }
      for (const seq of [...bm.tables.keys()]) bm.release(seq)
      expect(bm.numFree).toBe(24)
      expect(bm.refCount.every(c => c === 0)).toBe(true)
    }
  })
})

describe('replay', () => {
  const ops: BlockOp[] = [
    { kind: 'allocate', seq: 'A', tokens: ['a', 'b', 'c', 'd', 'e', 'f'] },
    { kind: 'fork', parent: 'A', child: 'B' },
    { kind: 'append', seq: 'B', tokens: ['x', 'y', 'z'] },
    { kind: 'append', seq: 'A', tokens: ['p'] },
    { kind: 'free', seq: 'A' },
    { kind: 'free', seq: 'B' },
  ]

  it('copy-on-write never changes a block that was shared before the write', () => {
    const snaps = replay(8, 4, ops)
    for (let i = 1; i < snaps.length; i++) {
      const before = snaps[i - 1]
      const after = snaps[i]
      before.refCount.forEach((c, b) => {
        if (c > 1)
          expect(after.contents[b]).toEqual(before.contents[b])
      })
    }
    expect(snaps[2].copies).toEqual([{ from: 1, to: 2 }])
    expect(snaps[2].contents[2]).toEqual(['e', 'f', 'x', 'y'])
    expect(snaps[2].contents[1]).toEqual(['e', 'f', '', ''])
    expect(snaps[2].tables.B).toEqual([0, 2, 3])
  })

  it('ends with every block free', () => {
    const last = replay(8, 4, ops).at(-1)!
    expect(last.free.sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    expect(last.tables).toEqual({})
  })
})
