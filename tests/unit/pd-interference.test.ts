import { describe, expect, it } from 'vitest'
import {
  type InterferenceConfig,
  SLIDE_CONFIG,
  colocated,
  disaggregated,
  summarize,
  worstGap,
} from '../../snippets/pd-interference'

const noOverlap = (segs: { start: number, end: number }[]) =>
  segs.every((s, i) => i === 0 || s.start >= segs[i - 1].end)

describe('pd-interference', () => {
  it('colocated: the prompt stalls every running request for a whole prefill (hand-computed)', () => {
    const tl = colocated(SLIDE_CONFIG)
    // decodes at 0, 25, 50; prefill 75-235; decodes again from 235
    const pre = tl.segments.filter(s => s.kind === 'prefill')
    expect(pre).toEqual([{ lane: 'gpu', kind: 'prefill', start: 75, end: 235, reqs: ['r4'] }])
    expect(tl.tokens.r1.slice(0, 4)).toEqual([25, 50, 75, 260])
    const s = summarize(SLIDE_CONFIG, tl)
    expect(s.ttft.r4).toBe(165)
    expect(s.stall).toBe(185)
    expect(noOverlap(tl.segments)).toBe(true)
  })

  it('disaggregated: decodes keep their cadence, the new request joins after the KV transfer', () => {
    const tl = disaggregated(SLIDE_CONFIG)
    const s = summarize(SLIDE_CONFIG, tl)
    expect(s.ttft.r4).toBe(160)
    expect(s.stall).toBe(SLIDE_CONFIG.decodeStep)
    expect(tl.segments.find(x => x.kind === 'transfer')).toMatchObject({ start: 230, end: 245 })
    // joins at the first iteration boundary after 245 ms, i.e. 250 ms
    expect(tl.tokens.r4.slice(0, 2)).toEqual([230, 275])
    const decodes = tl.segments.filter(x => x.kind === 'decode')
    expect(decodes.every((d, i) => i === 0 || d.start === decodes[i - 1].end)).toBe(true)
  })

  it('over many set-ups, colocation costs TPOT and disaggregation never does', () => {
    for (let prefill = 40; prefill <= 400; prefill += 40) {
      for (let at = 0; at <= 200; at += 35) {
        const c: InterferenceConfig = { ...SLIDE_CONFIG, prefill, arrivals: [{ id: 'a', at }, { id: 'b', at: at + 10 }], horizon: at + 3 * prefill + 200 }
        const co = summarize(c, colocated(c))
        const di = summarize(c, disaggregated(c))
        expect(co.stall).toBeGreaterThanOrEqual(2 * prefill) // two prompts back to back
        expect(di.stall).toBe(c.decodeStep)
        // every new request gets its first token, no later than colocated
        for (const id of ['a', 'b']) {
          expect(Number.isFinite(di.ttft[id])).toBe(true)
          expect(di.ttft[id]).toBeLessThanOrEqual(co.ttft[id])
        }
      }
    }
  })

  it('measures gaps from t = 0 for requests already running', () => {
    expect(worstGap({ segments: [], tokens: { x: [10, 20, 50] } }, 'x')).toBe(30)
    expect(worstGap({ segments: [], tokens: { x: [40] } }, 'x')).toBe(40)
  })
})
