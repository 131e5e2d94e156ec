import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../../snippets/online-softmax'
import {
  BLOCK_SIZE,
  examplePlan,
  fnv1a,
  matchPrefix,
  planPrefill,
  prefixHashes,
  toBlocks,
  tokenize,
} from '../../snippets/pd-prefix-hash'

const randomTokens = (rnd: () => number, n: number) =>
  Array.from({ length: n }, () => `t${Math.floor(rnd() * 50)}`)

describe('pd-prefix-hash', () => {
  it('hashes deterministically to 8 hex digits', () => {
    expect(fnv1a('')).toBe('811c9dc5') // FNV-1a offset basis
    expect(fnv1a('a')).toBe('e40c292c') // published FNV-1a test vector
    expect(fnv1a('Mooncake')).toMatch(/^[0-9a-f]{8}$/)
  })

  it('keys only full blocks, one per block', () => {
    const tokens = tokenize('a b c d e f g')
    expect(toBlocks(tokens, 3)).toEqual([['a', 'b', 'c'], ['d', 'e', 'f']])
    expect(prefixHashes(tokens, 3)).toHaveLength(2)
  })

  it('chains: a block key depends on every block before it', () => {
    const a = prefixHashes(tokenize('x y z p q r s t u'), 3)
    const b = prefixHashes(tokenize('X y z p q r s t u'), 3) // only the first token differs
    expect(a.every((k, i) => k !== b[i])).toBe(true)
    // the same block after a different prefix gets a different key (unlike hashing blocks alone)
    const c = prefixHashes(tokenize('p q r'), 3)
    expect(c[0]).not.toBe(a[1])
  })

  it('matches exactly the shared prefix, in whole blocks, on seeded random prompts', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rnd = mulberry32(seed)
      const block = 1 + Math.floor(rnd() * 6)
      const shared = Math.floor(rnd() * 40)
      const prefix = randomTokens(rnd, shared)
      const old = [...prefix, 'OLD', ...randomTokens(rnd, Math.floor(rnd() * 20))]
      const fresh = [...prefix, 'NEW', ...randomTokens(rnd, Math.floor(rnd() * 20))]
      const pool = new Set(prefixHashes(old, block))
      const plan = planPrefill(pool, fresh, block)
      const expected = Math.min(Math.floor(shared / block), plan.keys.length)
      expect(plan.reused).toBe(expected)
      expect(plan.computeTokens).toBe(fresh.length - expected * block)
      expect(plan.reused + plan.incremental.length).toBe(plan.keys.length)
    }
  })

  it('stops at the first miss even if later keys are in the pool', () => {
    const keys = ['k1', 'k2', 'k3', 'k4']
    expect(matchPrefix(new Set(['k1', 'k2', 'k4']), keys)).toBe(2)
    expect(matchPrefix(new Set(['k2', 'k3']), keys)).toBe(0)
  })

  it('the slide example reuses blocks a-e and prefills f-i', () => {
    const plan = examplePlan()
    expect(plan.blocks).toHaveLength(9)
    expect(plan.tokens).toHaveLength(9 * BLOCK_SIZE)
    expect(plan.reused).toBe(5)
    expect(plan.incremental).toHaveLength(4)
    expect(plan.pool.size).toBe(7)
    expect(new Set(plan.keys).size).toBe(9)
  })
})
