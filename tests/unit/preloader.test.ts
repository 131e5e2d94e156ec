import { describe, expect, it } from 'vitest'
import { preloadOrder } from '../../lib/preloader'

describe('the order slides are mounted ahead of the presenter', () => {
  it('puts the next and the previous slide first, then the rest forward, then behind', () => {
    expect(preloadOrder(5, 10)).toEqual([6, 4, 7, 8, 9, 10, 3, 2, 1])
    expect(preloadOrder(1, 4)).toEqual([2, 3, 4])
    expect(preloadOrder(4, 4)).toEqual([3, 2, 1])
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
