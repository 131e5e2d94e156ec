import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { SOURCES, readFull, summarise } from '../../bench/gpu/summarise.mjs'
import { linearScale, logScale } from '../../lib/geometry'
import {
  type AttentionFile,
  type BalanceFile,
  DATASHEET,
  type DecodeFile,
  FILES,
  type MeasuredFile,
  type PrefillFile,
  type Timed,
  attention,
  balance,
  decode,
  decodeAt,
  decodeContexts,
  decodeEager,
  decodeModel,
  decodeSkipped,
  kLabel,
  measuredLabel,
  measuredRooflinePoints,
  prefill,
  ridgeOf,
  tokenRoofs,
} from '../../lib/measured'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const DIR = join(ROOT, 'data/measured')

/** The full files, raw samples included (the slides read only the summary). */
type AttentionRow = AttentionFile['results'][number]
type Stages = Record<keyof AttentionRow['materialised']['stages'], { samples_ms: number[], median_ms: number }>
interface FullFiles {
  balance: Omit<BalanceFile, 'copy' | 'gemm'> & { copy: (BalanceFile['copy'][number] & Timed)[], gemm: (BalanceFile['gemm'][number] & Timed)[] }
  attention: Omit<AttentionFile, 'results'> & { results: (AttentionRow & { materialised: Timed & { stages: Stages }, fused: Timed })[] }
  decode: Omit<DecodeFile, 'results'> & { results: (DecodeFile['results'][number] & Partial<Timed> & { attention_samples_ms?: number[] })[] }
  prefill: Omit<PrefillFile, 'results'> & { results: (PrefillFile['results'][number] & Timed)[] }
}
const FULL = readFull(DIR) as FullFiles

const NAMES: Record<MeasuredFile, string> = {
  balance: 'machine_balance.json',
  attention: 'attention.json',
  decode: 'decode.json',
  prefill: 'prefill.json',
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

function expectTimed(t: Timed, repeat: number) {
  expect(t.samples_ms).toHaveLength(repeat)
  expect(t.n_samples).toBe(repeat)
  expect(t.samples_ms.every(x => Number.isFinite(x) && x > 0)).toBe(true)
  expect(t.median_ms).toBeCloseTo(median(t.samples_ms), 9)
  expect(t.min_ms).toBe(Math.min(...t.samples_ms))
  expect(t.max_ms).toBe(Math.max(...t.samples_ms))
}

describe('measured data files', () => {
  it.each(Object.entries(NAMES))('%s parses as JSON and carries full provenance', (key, name) => {
    const raw = JSON.parse(readFileSync(join(DIR, name), 'utf8'))
    const p = raw.provenance
    expect(p.script).toBe(`bench/gpu/${name.replace('.json', '.py')}`)
    expect(p.command).toContain(p.script.split('/').pop())
    expect(p.date_utc).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/)
    expect(p.gpu_name).toMatch(/NVIDIA/)
    expect(p.sm_count).toBeGreaterThan(0)
    expect(p.driver_version).toMatch(/^\d+\.\d+/)
    expect(p.cuda_runtime_version).toMatch(/^\d+\.\d+/)
    expect(p.torch_version).toMatch(/^\d+\.\d+/)
    expect(p.warmup).toBeGreaterThan(0)
    expect(p.repeat).toBeGreaterThanOrEqual(10)
    expect(p.method.length).toBeGreaterThan(40)
    expect(FILES[key as MeasuredFile].provenance).toEqual(p)
  })

  it('the summary the slides import is summarise() of the full files: every median, no sample', () => {
    expect(Object.values(SOURCES)).toEqual(Object.values(NAMES))
    const summary = JSON.parse(readFileSync(join(DIR, 'summary.json'), 'utf8'))
    expect(summary).toEqual(summarise(FULL))
    expect(FILES).toEqual(summary)
    const text = JSON.stringify(summary)
    expect(text).not.toMatch(/samples_ms|"n_samples"/)
    expect(text.length).toBeLessThan(30_000)
    // nothing but the samples is lost: the medians are there
    expect(summary.decode.results.filter((r: { median_ms?: number }) => r.median_ms !== undefined))
      .toHaveLength(FULL.decode.results.filter(r => r.median_ms !== undefined).length)
    expect(summary.attention.results[0].materialised.stages.softmax.median_ms)
      .toBe(FULL.attention.results[0].materialised.stages.softmax.median_ms)
  })

  it('were all made in one run on one GPU', () => {
    const ps = Object.values(FILES).map(f => f.provenance)
    for (const p of ps) {
      expect(p.gpu_name).toBe(ps[0].gpu_name)
      expect(p.driver_version).toBe(ps[0].driver_version)
      expect(p.torch_version).toBe(ps[0].torch_version)
      expect(p.date_utc.slice(0, 10)).toBe(ps[0].date_utc.slice(0, 10))
      expect(p.run_all_command).toContain('run_all.py')
    }
  })

  it('label each panel as measured, with GPU, script, inputs and date', () => {
    expect(measuredLabel('decode')).toBe('实测：H200，bench/gpu/decode.py，随机权重，2026-12-01')
    expect(measuredLabel('balance')).toBe('实测：H200，bench/gpu/machine_balance.py，随机数据，2026-12-01')
  })
})

describe('medians are those of the raw samples', () => {
  it('machine balance', () => {
    const f = FULL.balance
    for (const c of f.copy) expectTimed(c, f.provenance.repeat)
    for (const g of f.gemm) expectTimed(g, f.provenance.repeat)
    for (const c of f.copy) expect(c.bandwidth_GBps).toBeCloseTo(c.bytes_moved_per_copy / (c.median_ms * 1e-3) / 1e9, 6)
    for (const g of f.gemm) expect(g.tflops).toBeCloseTo(2 * g.m ** 3 / (g.median_ms * 1e-3) / 1e12, 6)
    expect(balance.bandwidthGBps).toBe(f.copy[f.copy.length - 1].bandwidth_GBps)
    expect(balance.gemmPeakTflops).toBe(Math.max(...f.gemm.map(g => g.tflops)))
    expect(balance.ridge).toBeCloseTo(balance.gemmPeakTflops * 1e3 / balance.bandwidthGBps, 6)
  })

  it('attention', () => {
    const f = FULL.attention
    for (const r of f.results) {
      expectTimed(r.materialised, f.provenance.repeat)
      expectTimed(r.fused, f.provenance.repeat)
      for (const s of Object.values(r.materialised.stages)) expect(s.median_ms).toBeCloseTo(median(s.samples_ms), 9)
      expect(r.flops).toBe(4 * f.provenance.heads * r.n * r.n * f.provenance.head_dim)
    }
  })

  it('decode and prefill', () => {
    for (const r of FULL.decode.results.filter(r => !r.skipped)) {
      expectTimed(r as Timed, FULL.decode.provenance.repeat)
      expect(r.attention_median_ms).toBeCloseTo(median(r.attention_samples_ms!), 9)
      expect(r.tokens_per_s).toBeCloseTo(r.batch / (r.median_ms! * 1e-3), 6)
      expect(r.bytes_read).toBe(r.weight_bytes + r.kv_bytes)
    }
    for (const r of FULL.prefill.results) {
      expectTimed(r, FULL.prefill.provenance.repeat)
      expect(r.tokens_per_s).toBeCloseTo(r.prompt_tokens / (r.median_ms * 1e-3), 6)
    }
  })
})

describe('the measurements are physically sane', () => {
  it('bandwidth and GEMM stay under the H200 datasheet and above half of it', () => {
    expect(balance.bandwidthGBps).toBeLessThan(DATASHEET.H200.bandwidthGBps)
    expect(balance.bandwidthGBps).toBeGreaterThan(DATASHEET.H200.bandwidthGBps / 2)
    for (const g of balance.gemm) expect(g.tflops).toBeLessThan(DATASHEET.H200.tflops)
    expect(balance.gemmPeakTflops).toBeGreaterThan(DATASHEET.H200.tflops / 2)
    // GEMM throughput grows with size until it saturates
    expect(balance.gemm[0].tflops).toBeLessThan(balance.gemmPeakTflops / 2)
    expect(balance.gemm[balance.gemm.length - 1].n).toBe(8192)
  })

  it('the measured ridge point is below the datasheet H200 ridge and near the A100 one', () => {
    expect(ridgeOf(DATASHEET.H200)).toBeCloseTo(206, 0)
    expect(ridgeOf(DATASHEET.A100)).toBeCloseTo(201, 0)
    expect(balance.ridge).toBeGreaterThan(100)
    expect(balance.ridge).toBeLessThan(ridgeOf(DATASHEET.H200))
  })

  it('the results agree with the checks the scripts ran', () => {
    for (const g of FILES.balance.gemm) expect(g.rel_error_vs_fp32).toBeLessThan(1e-2)
    expect(FILES.attention.check.fused_rel_err_vs_fp32).toBeLessThan(1e-2)
    expect(FILES.attention.check.materialised_rel_err_vs_fp32).toBeLessThan(1e-2)
    expect(FILES.decode.check.graph_matches_eager).toBe(true)
  })

  it('fused attention is faster and its extra memory grows as N, the materialised one as N²', () => {
    for (const a of attention) {
      expect(a.fusedMs).toBeLessThan(a.materialisedMs)
      expect(a.fusedTflops).toBeLessThan(DATASHEET.H200.tflops)
    }
    const [first, last] = [attention[0], attention[attention.length - 1]]
    const grow = last.n / first.n
    expect(last.fusedPeakBytes / first.fusedPeakBytes).toBeCloseTo(grow, 0)
    expect(last.materialisedPeakBytes / first.materialisedPeakBytes).toBeGreaterThan(grow * grow * 0.9)
    // S and P (bf16, 32 heads) at least
    expect(last.materialisedPeakBytes).toBeGreaterThan(2 * 32 * last.n * last.n * 2)
  })

  it('decode latency is nearly flat in batch, then rises; tokens/s grows; bytes/s stays under the copy bandwidth', () => {
    expect(decodeContexts).toEqual([512, 4096])
    for (const ctx of decodeContexts) {
      const pts = decodeAt(ctx)
      expect(pts[0].batch).toBe(1)
      for (let i = 1; i < pts.length; i++) {
        expect(pts[i].ms).toBeGreaterThan(pts[i - 1].ms * 0.97) // nondecreasing, within noise
        expect(pts[i].tokensPerS).toBeGreaterThan(pts[i - 1].tokensPerS)
      }
      for (const p of pts) {
        expect(p.achievedGBps).toBeLessThan(balance.bandwidthGBps * 1.02)
        expect(p.ms).toBeGreaterThan(p.floorMs * 0.98)
        expect(p.tflops).toBeLessThan(balance.gemmPeakTflops)
      }
    }
    const short = decodeAt(512)
    const b64 = short.find(p => p.batch === 64)!
    expect(b64.ms / short[0].ms).toBeLessThan(1.5)
    expect(b64.tokensPerS / short[0].tokensPerS).toBeGreaterThan(40)
    // a longer context reads more KV, so every step is slower
    for (const p of decodeAt(4096)) expect(p.ms).toBeGreaterThan(short.find(q => q.batch === p.batch)!.ms)
    expect(decodeSkipped.every(s => /KV cache/.test(s.reason))).toBe(true)
    for (const e of decodeEager) expect(e.eagerMs).toBeGreaterThan(e.graphMs)
  })

  it('prefill saturates: throughput rises to a plateau within a few thousand tokens', () => {
    const best = Math.max(...prefill.map(p => p.tokensPerS))
    const at = prefill.find(p => p.tokensPerS === best)!
    expect(at.tokens).toBeGreaterThanOrEqual(512)
    expect(at.tokens).toBeLessThanOrEqual(4096)
    expect(prefill[0].tokensPerS).toBeLessThan(best * 0.7)
    for (const p of prefill) expect(p.tflops).toBeLessThan(balance.gemmPeakTflops)
    // prefill beats decode per token at equal tokens per step only where decode's KV is short
    const decode256 = decodeAt(512).find(d => d.batch === 256)!
    expect(prefill.find(p => p.tokens === 256)!.tokensPerS).toBeGreaterThan(decode256.tokensPerS)
  })

  it('the model shapes add up to Llama-3-8B and the token roofs enclose every point', () => {
    const m = decodeModel.shapes
    expect(decodeModel.params).toBe(decodeModel.matmulParams + 2 * m.vocab * m.hidden + (2 * m.layers + 1) * m.hidden)
    expect(decodeModel.params / 1e9).toBeCloseTo(8.03, 2)
    expect(decodeModel.kvBytesPerToken).toBe(m.layers * 2 * m.kv_heads * m.head_dim * 2)
    for (const d of decode) {
      expect(d.tokensPerS).toBeLessThan(d.batch * tokenRoofs.perBatchFromBandwidth)
      expect(d.tokensPerS).toBeLessThan(tokenRoofs.computeCeiling)
    }
    for (const p of prefill) expect(p.tokensPerS).toBeLessThan(tokenRoofs.computeCeiling)
    expect(tokenRoofs.ridgeTokens).toBeGreaterThan(100)
    expect(tokenRoofs.ridgeTokens).toBeLessThan(300)
  })

  it('scales map the ends of their domain onto the ends of their range', () => {
    const s = logScale(1, 256, 10, 90)
    expect(s(1)).toBe(10)
    expect(s(256)).toBeCloseTo(90, 9)
    expect(s(16)).toBeCloseTo(50, 9)
    expect(linearScale(0, 10, 100, 0)(5)).toBe(50)
    expect([512, 1024, 16384, 2000].map(kLabel)).toEqual(['512', '1k', '16k', '2k'])
  })

  it('roofline points sit under the measured roofs', () => {
    expect(() => measuredRooflinePoints(1000)).toThrow()
    // at N = 4096 the fused point's minimum-traffic intensity is N / 2 (the roofline slide's model)
    expect(measuredRooflinePoints(4096).find(p => p.id === 'attn-fused')!.intensity).toBe(2048)
    for (const p of [...measuredRooflinePoints(), ...measuredRooflinePoints(4096)]) {
      const roof = Math.min(balance.gemmPeakTflops, p.intensity * balance.bandwidthGBps / 1e3)
      expect(p.tflops).toBeLessThanOrEqual(roof * 1.05)
    }
    expect(decode.length).toBeGreaterThan(10)
  })
})
