/**
 * How a model's weights are split over GPUs in tensor parallelism (TP) and pipeline
 * parallelism (PP), and what each needs to communicate per forward pass. Drawn by
 * components/VllmParallelism.vue (slide 15).
 *
 * TP follows Megatron-LM (Shoeybi et al., 2019, §3), which vLLM implements: every layer's weight
 * matrices are cut into `world` slices (attention by heads, MLP by columns then rows); each layer
 * needs two all-reduces in the forward pass, one after attention and one after the MLP.
 * PP gives each GPU a contiguous run of whole layers; stages pass activations point to point.
 */
export type ParallelMode = 'tp' | 'pp'

/** One GPU's piece of one layer: the fraction [from, to) of that layer's weights. */
export interface Shard {
  gpu: number
  layer: number
  from: number
  to: number
}

export interface Communication {
  kind: 'all-reduce' | 'send'
  /** After which layer it happens. */
  afterLayer: number
  /** For a send: the stages it connects. */
  fromGpu?: number
  toGpu?: number
}

/** All-reduces per transformer layer in Megatron-style TP: after attention, after the MLP. */
export const ALL_REDUCES_PER_LAYER = 2

// #region core
/** Which GPU holds which part of which layer. */
export function shardModel(layers: number, world: number, mode: ParallelMode): Shard[] {
  if (mode === 'tp') {
    // every layer is cut into `world` slices: GPU g holds slice g of every layer
    return Array.from({ length: layers }, (_, layer) =>
      Array.from({ length: world }, (_, gpu) => ({ gpu, layer, from: gpu / world, to: (gpu + 1) / world }))).flat()
  }
  // pipeline: GPU g holds a contiguous run of whole layers (earlier stages take the remainder)
  return stageLayers(layers, world).flatMap((run, gpu) => run.map(layer => ({ gpu, layer, from: 0, to: 1 })))
}

/** What one forward pass has to communicate. */
export function communication(layers: number, world: number, mode: ParallelMode): Communication[] {
  if (world === 1)
    return []
  if (mode === 'tp') {
    // the partial results of every layer are summed across all GPUs
    return Array.from({ length: layers * ALL_REDUCES_PER_LAYER }, (_, i) => ({
      kind: 'all-reduce' as const,
      afterLayer: Math.floor(i / ALL_REDUCES_PER_LAYER),
    }))
  }
  // each stage hands its activations to the next one
  const stages = stageLayers(layers, world)
  return stages.slice(0, -1).map((run, gpu) => ({
    kind: 'send' as const,
    afterLayer: run[run.length - 1],
    fromGpu: gpu,
    toGpu: gpu + 1,
  }))
}
// #endregion core

/** Layers of each pipeline stage, contiguous, sizes differing by at most one. */
export function stageLayers(layers: number, world: number): number[][] {
  const base = Math.floor(layers / world)
  const extra = layers % world
  const stages: number[][] = []
  let next = 0
  for (let gpu = 0; gpu < world; gpu++) {
    const size = base + (gpu < extra ? 1 : 0)
    stages.push(Array.from({ length: size }, (_, i) => next + i))
    next += size
  }
  return stages
}

/** Fraction of all weights one GPU holds (layers assumed equal in size). */
export function weightShare(shards: Shard[], gpu: number, layers: number): number {
  return shards.filter(s => s.gpu === gpu).reduce((sum, s) => sum + (s.to - s.from), 0) / layers
}
