import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../../snippets/online-softmax'
import { type Policy, type Request, type SchedulerConfig, type StepRecord, simulate } from '../../snippets/vllm-scheduler'

function randomRequests(seed: number, n: number, maxPrompt: number, maxOutput: number): Request[] {
  const rnd = mulberry32(seed)
  let t = 0
  return Array.from({ length: n }, (_, i) => {
    t += Math.floor(rnd() * 3)
    return { id: `r${i}`, prompt: 1 + Math.floor(rnd() * maxPrompt), output: 1 + Math.floor(rnd() * maxOutput), arrival: t }
  })
}

/** The invariants every run must keep, whatever the policy. */
function checkRun(requests: Request[], cfg: SchedulerConfig, steps: StepRecord[]) {
  const finished = steps.flatMap(s => s.finished)
  expect([...finished].sort()).toEqual(requests.map(r => r.id).sort()) // every request finishes, once
  for (const s of steps) {
    expect(s.work.reduce((a, w) => a + w.tokens, 0)).toBeLessThanOrEqual(cfg.tokenBudget)
    expect(s.running.length).toBeLessThanOrEqual(cfg.maxSeqs)
    expect(new Set(s.work.map(w => w.id)).size).toBe(s.work.length) // one piece of work per request
    for (const w of s.work) expect(s.running).toContain(w.id)
    const held = Object.values(s.tables).flat()
    expect(new Set(held).size).toBe(held.length) // no block in two tables
    expect(held.length + s.freeBlocks + s.finished.reduce((a, id) => a - (s.tables[id]?.length ?? 0), 0))
      .toBe(cfg.numBlocks)
  }
  expect(steps.at(-1)!.freeBlocks).toBe(cfg.numBlocks) // everything returned
  // tokens generated = outputs asked for (preempted work is recomputed, not lost)
  const perRequest = new Map(requests.map(r => [r.id, 0]))
  for (const s of steps) {
    for (const w of s.work) {
      if (w.kind === 'decode' || w.last)
        perRequest.set(w.id, Math.max(0, perRequest.get(w.id)!) + 1)
    }
  }
  for (const r of requests) {
    if (!steps.some(s => s.preempted.includes(r.id)))
      expect(perRequest.get(r.id)).toBe(r.output)
  }
}

describe('vllm-scheduler', () => {
  const base = { numBlocks: 64, blockSize: 4, maxSeqs: 8 }

  it('keeps budget, queue and block invariants on seeded workloads, both policies, with preemption', () => {
    let preemptions = 0
    for (let seed = 1; seed <= 30; seed++) {
      const reqs = randomRequests(seed, 20, 40, 30)
      for (const policy of ['prefill-first', 'chunked'] as Policy[]) {
        for (const numBlocks of [24, 64]) {
          const cfg: SchedulerConfig = { ...base, numBlocks, policy, tokenBudget: policy === 'chunked' ? 16 : 80 }
          const steps = simulate(reqs, cfg)
          checkRun(reqs, cfg, steps)
          preemptions += steps.reduce((a, s) => a + s.preempted.length, 0)
        }
      }
    }
    expect(preemptions).toBeGreaterThan(0) // the small pool really forced some
  })

  it('prefill-first never mixes prefill and decode in one step', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const steps = simulate(randomRequests(seed, 12, 30, 20), { ...base, policy: 'prefill-first', tokenBudget: 64 })
      for (const s of steps) expect(new Set(s.work.map(w => w.kind)).size).toBeLessThanOrEqual(1)
    }
  })

  it('chunked (V1) serves running requests first, cuts a long prompt into budget-sized chunks', () => {
    const reqs: Request[] = [
      { id: 'd0', prompt: 4, output: 12 },
      { id: 'd1', prompt: 4, output: 12 },
      { id: 'long', prompt: 50, output: 2, arrival: 2 },
    ]
    const steps = simulate(reqs, { ...base, policy: 'chunked', tokenBudget: 20 })
    const longChunks = steps.flatMap(s => s.work.filter(w => w.id === 'long' && w.kind === 'prefill').map(w => w.tokens))
    expect(longChunks).toEqual([18, 18, 14])
    for (const s of steps) {
      const kinds = s.work.map(w => w.kind)
      expect(kinds.indexOf('prefill') === -1 || kinds.lastIndexOf('decode') < kinds.indexOf('prefill')).toBe(true)
    }
    // while the long prompt is prefilled, the decodes keep going
    expect(steps.slice(2, 5).every(s => s.work.filter(w => w.kind === 'decode').length === 2)).toBe(true)
  })

  it('the walkthrough of slides 16-18: V1 fills the budget with a chunk of s2; V0 prefills s2 alone', () => {
    const reqs: Request[] = [
      { id: 's0', prompt: 6, output: 3 },
      { id: 's1', prompt: 5, output: 3 },
      { id: 's2', prompt: 7, output: 3 },
    ]
    const cfg = { tokenBudget: 12, maxSeqs: 4, numBlocks: 12, blockSize: 4 }
    const work = (s: StepRecord) => s.work.map(w => `${w.id}:${w.kind}:${w.tokens}`)
    const used = (s: StepRecord) => s.work.reduce((a, w) => a + w.tokens, 0)
    const v1 = simulate(reqs, { ...cfg, policy: 'chunked' })
    expect(work(v1[0])).toEqual(['s0:prefill:6', 's1:prefill:5', 's2:prefill:1'])
    expect(used(v1[0])).toBe(cfg.tokenBudget)
    expect(work(v1[1])).toEqual(['s0:decode:1', 's1:decode:1', 's2:prefill:6'])
    expect(v1[2].finished).toEqual(['s0', 's1'])

    const v0 = simulate(reqs, { ...cfg, policy: 'prefill-first' })
    expect(work(v0[0])).toEqual(['s0:prefill:6', 's1:prefill:5'])
    expect(v0[0].waiting).toEqual(['s2'])
    expect(work(v0[1])).toEqual(['s2:prefill:7'])
    expect(v0[2].work.map(w => w.kind)).toEqual(['decode', 'decode', 'decode'])
    expect(v0[3].finished).toEqual(['s0', 's1', 's2']) // s0 and s1 finish a step later than under V1
    expect(() => simulate(reqs, { ...cfg, policy: 'prefill-first', tokenBudget: 8 })).toThrow()
  })
})
