import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PdDecodeParallel, { DECODE_SCALING, GPUS } from '../../components/PdDecodeParallel.vue'

describe('PdDecodeParallel', () => {
  it('draws latency (two series) and throughput (three series) over 1-8 GPUs', () => {
    const w = mount(PdDecodeParallel, { props: { step: 0 } })
    expect(w.findAll('[data-panel]').map(p => p.attributes('data-panel'))).toEqual(['latency', 'throughput'])
    expect(w.find('[data-panel="latency"]').findAll('[data-series]')).toHaveLength(2)
    expect(w.find('[data-panel="throughput"]').findAll('[data-series]')).toHaveLength(3)
    expect(GPUS).toEqual([1, 2, 4, 8])
  })

  it('at the last step shows inter-op scaling near-linearly and intra-op cutting latency', () => {
    const w = mount(PdDecodeParallel, { props: { step: 5 } })
    const last = (panel: string, id: string) => Number(w.find(`[data-panel="${panel}"] [data-series="${id}"]`).attributes('data-last'))
    expect(last('throughput', 'inter') / last('throughput', 'linear')).toBeGreaterThan(0.85)
    expect(last('throughput', 'intra')).toBeLessThan(last('throughput', 'inter') / 3)
    expect(last('latency', 'intra')).toBeLessThan(last('latency', 'inter') * 0.6)
    expect(DECODE_SCALING.every(s => s.throughput.length === GPUS.length)).toBe(true)
  })
})
