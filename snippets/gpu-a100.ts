/**
 * A100 (GA100) unit counts and the memory ladder, with a source per number. Drawn by
 * components/GpuSmDiagram.vue (slide 8), GpuMemorySystem.vue (slide 9) and GpuMemoryLadder.vue
 * (slide 10); tests/unit/gpu-a100.test.ts checks the derived totals against the published ones.
 */

/** One SM sub-partition (processing block) of GA100: NVIDIA Ampere whitepaper, Fig. 7 and text. */
export const SUB_PARTITION = {
  int32: 16,
  fp32: 16,
  fp64: 8,
  tensorCores: 1,
  ldst: 8,
  sfu: 1,
  /** 32-bit registers. */
  registers: 16_384,
  /** Threads per clock the warp scheduler and the dispatch unit handle. */
  threadsPerClock: 32,
} as const

export const SM = {
  subPartitions: 4,
  /** Combined L1 data cache / shared memory, KB. */
  l1SharedKB: 192,
  textureUnits: 4,
} as const

export const A100 = {
  /** SMs enabled on the shipped A100 (full GA100: 128). */
  sms: 108,
  fullSms: 128,
  boostGHz: 1.41,
  l2MB: 40,
  l2Partitions: 2,
  /** Ampere whitepaper: "The A100 L2 read bandwidth is 5120 Bytes/clk". */
  l2BytesPerClock: 5120,
  hbmGB: 40,
  hbmGBps: 1555,
  hbm80GB: 80,
  hbm80GBps: 2039,
  /** NVLink 3: 12 links, 600 GB/s total, 300 GB/s per direction. */
  nvlinkGBps: 600,
  /** PCIe Gen4 x16, one direction: 16 GT/s x 16 lanes x 128/130 / 8. */
  pcieGBps: 16 * 16 * (128 / 130) / 8,
  warpSize: 32,
  /** Dense FP16/BF16 on the Tensor Cores (datasheet): 432 x 256 FMA x 2 x 1.41 GHz. */
  tensorFp16TFLOPS: 312,
  /** FP32 on the CUDA cores, the rate of non-matmul work such as softmax (datasheet; FA2 §3.1). */
  fp32TFLOPS: 19.5,
  /** Resident warps per SM at compute capability 8.0 (2,048 threads / 32). */
  maxWarpsPerSm: 64,
} as const

/** One host socket of a DGX A100 (AMD EPYC 7742): 8 channels of DDR4-3200, 8 x 64 GB DIMMs = 512 GB of the box's 1 TB. */
export const HOST_SOCKET = {
  channels: 8,
  mtPerS: 3200e6,
  bytesPerTransfer: 8,
  bytes: 512e9,
  socketsPerServer: 2,
} as const

/**
 * Machine balance (the roofline's ridge point): peak FLOP/s ÷ memory bandwidth, in FLOP per byte.
 * A kernel that does fewer operations per byte it moves is bound by memory, not by compute.
 * A100 40GB: 312 TFLOPS ÷ 1,555 GB/s ≈ 200.
 */
export function machineBalance(tflops: number = A100.tensorFp16TFLOPS, gbps: number = A100.hbmGBps): number {
  return tflops * 1e12 / (gbps * 1e9)
}

/** How much faster a Tensor Core matmul FLOP is than a CUDA-core FP32 FLOP: 312 ÷ 19.5 = 16. */
export function tensorCoreAdvantage(): number {
  return A100.tensorFp16TFLOPS / A100.fp32TFLOPS
}

/** Resident warps per scheduler: what each scheduler can switch between while others wait on memory. */
export function warpsPerScheduler(): number {
  return A100.maxWarpsPerSm / SM.subPartitions
}

/** Per-SM totals derived from one sub-partition. */
export function smTotals() {
  const n = SM.subPartitions
  return {
    int32: SUB_PARTITION.int32 * n,
    fp32: SUB_PARTITION.fp32 * n,
    fp64: SUB_PARTITION.fp64 * n,
    tensorCores: SUB_PARTITION.tensorCores * n,
    registers: SUB_PARTITION.registers * n,
    registerKB: SUB_PARTITION.registers * n * 4 / 1024,
  }
}

/** Whole-GPU totals: the FP32 units are what NVIDIA calls CUDA cores. */
export function gpuTotals(sms: number = A100.sms) {
  const sm = smTotals()
  return {
    cudaCores: sm.fp32 * sms,
    tensorCores: sm.tensorCores * sms,
    registerMB: sm.registerKB * sms / 1024,
    l1SharedMB: SM.l1SharedKB * sms / 1024,
  }
}

export type LadderKind = 'on-chip' | 'off-chip'
export type Provenance = 'published' | 'derived' | 'estimated'

export interface LadderRow {
  id: string
  label: string
  kind: LadderKind
  /** Capacity in bytes (whole GPU, or the host), undefined for a channel. */
  bytes?: number
  /** Bandwidth in bytes/s (for a link: one direction). */
  bandwidth: number
  provenance: Provenance
  /** How the number is obtained (the figure shows provenance; the note goes to the notes). */
  note: string
  source: string
  /** For memory outside the GPU: the bandwidth at which a GPU reaches it (host DRAM: over PCIe). */
  gpuBandwidth?: number
}

const KB = 1024
const MB = 1024 * KB
const GB = 1e9

/** Registers, SRAM and L2 first (on-chip), then off-chip memory and links, A100 40GB SXM4. */
export function ladder(): LadderRow[] {
  const sm = smTotals()
  const gpu = gpuTotals()
  // every FP32 FMA reads three 4-byte operands per clock on every lane
  const registerBandwidth = gpu.cudaCores * 3 * 4 * A100.boostGHz * 1e9
  return [
    {
      id: 'registers', label: '寄存器', kind: 'on-chip',
      bytes: sm.registerKB * KB * A100.sms, bandwidth: registerBandwidth, provenance: 'derived',
      note: `${sm.registerKB} KB/SM；6,912 路 FMA × 3 个操作数推算`, source: 'A100 whitepaper',
    },
    {
      id: 'smem', label: 'Shared / L1', kind: 'on-chip',
      bytes: SM.l1SharedKB * KB * A100.sms, bandwidth: 19e12, provenance: 'estimated',
      note: `${SM.l1SharedKB} KB/SM；19 TB/s 为 FA1 论文估计`, source: 'A100 whitepaper; FA1 §2.1',
    },
    {
      id: 'l2', label: 'L2', kind: 'on-chip',
      bytes: A100.l2MB * MB, bandwidth: A100.l2BytesPerClock * A100.boostGHz * 1e9, provenance: 'derived',
      note: '5,120 B/clk × 1.41 GHz 推算', source: 'A100 whitepaper',
    },
    {
      id: 'hbm', label: 'HBM2', kind: 'off-chip',
      bytes: A100.hbmGB * GB, bandwidth: A100.hbmGBps * 1e9, provenance: 'published',
      note: '40 GB 版；80 GB 版 2,039 GB/s', source: 'A100 datasheet',
    },
    {
      id: 'nvlink', label: 'NVLink 3', kind: 'off-chip',
      bandwidth: A100.nvlinkGBps / 2 * 1e9, provenance: 'published',
      note: '单向 300 GB/s（双向合计 600）', source: 'Ampere In-Depth',
    },
    {
      id: 'pcie', label: 'PCIe 4.0 x16', kind: 'off-chip',
      bandwidth: A100.pcieGBps * 1e9, provenance: 'derived',
      note: '单向 ≈31.5 GB/s（双向 64）', source: 'PCIe 4.0: 16 GT/s, 128b/130b',
    },
    {
      id: 'host', label: '主机内存', kind: 'off-chip',
      bytes: HOST_SOCKET.bytes,
      bandwidth: HOST_SOCKET.channels * HOST_SOCKET.mtPerS * HOST_SOCKET.bytesPerTransfer,
      provenance: 'derived',
      note: '一颗 CPU：8 通道 DDR4-3200，512 GB（DGX A100 两颗共 1 TB）；GPU 经 PCIe 读', source: 'DGX A100 datasheet',
      gpuBandwidth: A100.pcieGBps * 1e9,
    },
  ]
}

/** The GPU's own path, registers down to PCIe (host DRAM is reached through PCIe, so it is left out). */
export function ladderPath(): LadderRow[] {
  return ladder().filter(r => r.gpuBandwidth === undefined)
}

/** Bandwidth ratio of each level of the path to the next one down: registers ÷ Shared, ... NVLink ÷ PCIe. */
export function adjacentRatios(): { from: string, to: string, ratio: number }[] {
  const path = ladderPath()
  return path.slice(1).map((r, i) => ({ from: path[i].id, to: r.id, ratio: path[i].bandwidth / r.bandwidth }))
}

/** "19 TB/s", "1,555 GB/s", "31.5 GB/s" (GB/s below 5 TB/s, as the datasheets print HBM). */
export function formatBandwidth(bps: number): string {
  if (bps >= 5e12)
    return `${Number((bps / 1e12).toPrecision(3))} TB/s`
  const g = bps / 1e9
  return `${g >= 100 ? Math.round(g).toLocaleString('en-US') : Number(g.toPrecision(3))} GB/s`
}

/** "256 KB", "27 MB", "40 GB", "1 TB" (binary for on-chip sizes, decimal for DRAM, as vendors do). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e12)
    return `${Number((bytes / 1e12).toPrecision(3))} TB`
  if (bytes >= 1e9)
    return `${Number((bytes / 1e9).toPrecision(3))} GB`
  if (bytes >= MB)
    return `${Number((bytes / MB).toPrecision(3))} MB`
  return `${Number((bytes / KB).toPrecision(3))} KB`
}
