import { describe, expect, it } from 'vitest'
import { EAGER, LOOKAHEAD, RAPID_MS, isRapid, preloadOrder } from '../../lib/preloader'

describe('the order slides are mounted ahead of the presenter', () => {
  it('puts the next slides and the previous one first, then the rest forward, then behind', () => {
    expect(LOOKAHEAD).toBe(2)
    expect(preloadOrder(5, 10)).toEqual([6, 7, 4, 8, 9, 10, 3, 2, 1])
    expect(preloadOrder(1, 4)).toEqual([2, 3, 4])
    expect(preloadOrder(3, 4)).toEqual([4, 2, 1])
    expect(preloadOrder(4, 4)).toEqual([3, 2, 1])
  })

  it('keeps the lookahead and the previous slide in the eager part', () => {
    expect(preloadOrder(5, 10).slice(0, EAGER)).toEqual([6, 7, 4])
  })

  it('lists every other slide exactly once, wherever the presenter is', () => {
    for (const total of [1, 2, 3, 62]) {
      for (let cur = 1; cur <= total; cur++) {
        const order = preloadOrder(cur, total)
        expect(new Set(order).size).toBe(order.length)
        expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: total }, (_, i) => i + 1).filter(n => n !== cur))
      }
    }
  })
})

describe('a rapid slide change', () => {
  it('is one within RAPID_MS of the previous change', () => {
    expect(RAPID_MS).toBe(500)
    expect(isRapid(undefined, 100)).toBe(false)
    expect(isRapid(1000, 1499)).toBe(true)
    expect(isRapid(1000, 1500)).toBe(false)
  })
})
