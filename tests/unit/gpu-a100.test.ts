import { describe, expect, it } from 'vitest'
import { A100, HOST_SOCKET, SM, SUB_PARTITION, adjacentRatios, formatBandwidth, formatBytes, gpuTotals, ladder, ladderPath, machineBalance, smTotals, tensorCoreAdvantage, warpsPerScheduler } from '../../snippets/gpu-a100'

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
    expect(formatBytes(byId.host.bytes!)).toBe('512 GB')
    expect(formatBandwidth(byId.host.bandwidth)).toBe('205 GB/s')
  })

  it('pairs host bandwidth and capacity for one socket, and says the GPU reaches it over PCIe', () => {
    const host = ladder().find(r => r.id === 'host')!
    expect(host.bandwidth).toBe(204.8e9)
    expect(host.bytes! * HOST_SOCKET.socketsPerServer).toBe(1024e9) // the DGX A100's "1 TB": 16 x 64 GB DIMMs
    expect(host.gpuBandwidth).toBe(A100.pcieGBps * 1e9)
    expect(ladderPath().map(r => r.id)).toEqual(['registers', 'smem', 'l2', 'hbm', 'nvlink', 'pcie'])
  })

  it('neighbouring levels differ 2.6-9.5x, registers to PCIe about 3,700x (not "an order of magnitude" each)', () => {
    const ratios = adjacentRatios().map(r => r.ratio)
    expect(ratios.map(r => +r.toFixed(1))).toEqual([6.2, 2.6, 4.6, 5.2, 9.5])
    expect(Math.min(...ratios)).toBeGreaterThan(2.5)
    expect(Math.max(...ratios)).toBeLessThan(10)
    const path = ladderPath()
    expect(path[0].bandwidth / path[path.length - 1].bandwidth).toBeCloseTo(3712, -1)
  })

  it('machine balance: 312 TFLOPS ÷ 1,555 GB/s ≈ 200 FLOP per byte of HBM traffic (80 GB: ≈153)', () => {
    expect(machineBalance()).toBeCloseTo(200.6, 1)
    expect(machineBalance(A100.tensorFp16TFLOPS, A100.hbm80GBps)).toBeCloseTo(153, 0)
    // the Tensor Core figure is the published one: 432 x 256 FMA x 2 x 1.41 GHz
    expect(gpuTotals().tensorCores * 256 * 2 * A100.boostGHz / 1e3).toBeCloseTo(A100.tensorFp16TFLOPS, 0)
  })

  it('Tensor Cores do 16x the FP32 rate; 64 resident warps give each of 4 schedulers 16 to switch between', () => {
    expect(tensorCoreAdvantage()).toBe(16)
    expect(warpsPerScheduler()).toBe(16)
    expect(A100.maxWarpsPerSm * A100.warpSize).toBe(2048)
  })
})
