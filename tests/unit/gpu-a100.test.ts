import { describe, expect, it } from 'vitest'
import { A100, SM, SUB_PARTITION, formatBandwidth, formatBytes, gpuTotals, ladder, smTotals } from '../../snippets/gpu-a100'

describe('gpu-a100', () => {
  it('derives the published per-SM counts from one sub-partition', () => {
    expect(smTotals()).toEqual({ int32: 64, fp32: 64, fp64: 32, tensorCores: 4, registers: 65_536, registerKB: 256 })
    expect(SM.subPartitions * SUB_PARTITION.threadsPerClock).toBe(4 * A100.warpSize)
  })

  it('derives the published A100 totals: 6,912 CUDA cores and 432 Tensor Cores on 108 SMs', () => {
    const t = gpuTotals()
    expect(t.cudaCores).toBe(6912)
    expect(t.tensorCores).toBe(432)
    // the full GA100 die: 8,192 FP32 cores, 512 Tensor Cores
    expect(gpuTotals(A100.fullSms)).toMatchObject({ cudaCores: 8192, tensorCores: 512 })
    expect(t.registerMB).toBe(27)
    expect(t.l1SharedMB).toBeCloseTo(20.25, 10)
  })

  it('PCIe Gen4 x16 carries about 31.5 GB/s per direction', () => {
    expect(A100.pcieGBps).toBeCloseTo(31.5, 1)
  })

  it('orders the ladder: bandwidth falls from registers down to PCIe, capacity grows from L2 down', () => {
    const rows = ladder()
    expect(rows.map(r => r.id)).toEqual(['registers', 'smem', 'l2', 'hbm', 'nvlink', 'pcie', 'host'])
    const bw = rows.filter(r => r.id !== 'host').map(r => r.bandwidth)
    expect(bw).toEqual([...bw].sort((a, b) => b - a))
    const cap = rows.filter(r => r.bytes !== undefined && r.id !== 'registers').map(r => r.bytes!)
    expect(cap).toEqual([...cap].sort((a, b) => a - b))
    for (const r of rows) {
      expect(r.source.length).toBeGreaterThan(0)
      expect(r.note.length).toBeGreaterThan(0)
    }
    expect(rows.findIndex(r => r.kind === 'off-chip')).toBe(3)
  })

  it('formats the ladder numbers as the slide prints them', () => {
    const byId = Object.fromEntries(ladder().map(r => [r.id, r]))
    expect(formatBandwidth(byId.registers.bandwidth)).toBe('117 TB/s')
    expect(formatBandwidth(byId.smem.bandwidth)).toBe('19 TB/s')
    expect(formatBandwidth(byId.l2.bandwidth)).toBe('7.22 TB/s')
    expect(formatBandwidth(byId.hbm.bandwidth)).toBe('1,555 GB/s')
    expect(formatBandwidth(byId.nvlink.bandwidth)).toBe('300 GB/s')
    expect(formatBandwidth(byId.pcie.bandwidth)).toBe('31.5 GB/s')
    expect(formatBytes(byId.registers.bytes!)).toBe('27 MB')
    expect(formatBytes(byId.smem.bytes!)).toBe('20.3 MB')
    expect(formatBytes(byId.l2.bytes!)).toBe('40 MB')
    expect(formatBytes(byId.hbm.bytes!)).toBe('40 GB')
    expect(formatBytes(byId.host.bytes!)).toBe('1 TB')
  })
})
