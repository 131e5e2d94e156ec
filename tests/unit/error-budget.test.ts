import { describe, expect, it } from 'vitest'
import { EXAMPLE_SLO, allowedDowntimeMinutes, downtimeTable, formatDuration, nines, percentile, sampleRequests, sloReport } from '../../snippets/error-budget'

describe('error budget', () => {
  it('gives the textbook 30-day downtimes', () => {
    expect(allowedDowntimeMinutes(0.999)).toBeCloseTo(43.2, 9)
    expect(allowedDowntimeMinutes(0.9999)).toBeCloseTo(4.32, 9)
    expect(allowedDowntimeMinutes(0.99)).toBeCloseTo(432, 9)
  })

  it('shrinks tenfold with each extra nine and is monotone in availability', () => {
    const levels = [0.9, 0.99, 0.999, 0.9999, 0.99999]
    const mins = levels.map(a => allowedDowntimeMinutes(a))
    for (let i = 1; i < mins.length; i++) {
      expect(mins[i]).toBeLessThan(mins[i - 1])
      expect(mins[i - 1] / mins[i]).toBeCloseTo(10, 6)
      expect(nines(levels[i])).toBeCloseTo(i + 1, 6)
    }
  })

  it('scales linearly with the window and is zero at 100%', () => {
    expect(allowedDowntimeMinutes(0.999, 90)).toBeCloseTo(3 * allowedDowntimeMinutes(0.999, 30), 9)
    expect(allowedDowntimeMinutes(1)).toBe(0)
  })

  it('rejects availabilities outside [0, 1]', () => {
    expect(() => allowedDowntimeMinutes(1.1)).toThrow(RangeError)
    expect(() => allowedDowntimeMinutes(Number.NaN)).toThrow(RangeError)
  })

  it('formats durations in the largest sensible unit', () => {
    expect(formatDuration(432)).toBe('7.2 小时')
    expect(formatDuration(43.2)).toBe('43.2 分钟')
    expect(formatDuration(0.432)).toBe('25.9 秒')
    expect(downtimeTable([0.999]).map(r => [r.label, r.text])).toEqual([['99.9%', '43.2 分钟']])
  })

  it('takes nearest-rank percentiles', () => {
    expect(percentile([5, 1, 4, 2, 3], 0.9)).toBe(5)
    expect(percentile([5, 1, 4, 2, 3], 0.6)).toBe(3)
    expect(percentile(Array.from({ length: 10 }, (_, i) => i + 1), 0.9)).toBe(9)
    expect(() => percentile([], 0.9)).toThrow(RangeError)
  })

  it('SLO attainment counts requests meeting both targets, which can miss 90% while each P90 passes', () => {
    const reqs = sampleRequests()
    expect(sampleRequests()).toEqual(reqs) // seeded: the slide is stable
    const r = sloReport(reqs, EXAMPLE_SLO)
    expect(r.met).toEqual(reqs.map(q => q.ttft <= 2 && q.tpot <= 100))
    // the slide's point: both P90s meet their targets, yet fewer than 90% of requests meet both
    expect(r.ttftOk && r.tpotOk).toBe(true)
    expect(r.attainment).toBeLessThan(EXAMPLE_SLO.percentile)
    expect(r.attainment).toBeCloseTo(0.88, 10)
    expect(r.budget).toBeCloseTo(0.1, 10)
    expect(r.budgetUsed).toBeCloseTo(0.12, 10)
    // joint attainment never exceeds either metric's own share
    const share = (ok: (q: typeof reqs[number]) => boolean) => reqs.filter(ok).length / reqs.length
    expect(r.attainment).toBeLessThanOrEqual(Math.min(share(q => q.ttft <= 2), share(q => q.tpot <= 100)))
  })
})
