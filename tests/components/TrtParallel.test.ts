import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TrtParallel from '../../components/TrtParallel.vue'

const gpus = (w: ReturnType<typeof mount>, net: string) =>
  new Set(w.find(`[data-net="${net}"]`).findAll('circle').map(c => c.attributes('data-gpu')))

describe('TrtParallel', () => {
  it('at the first step shows the hardware and the unsplit network, TP and PP faded', () => {
    const w = mount(TrtParallel, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('topology')
    expect(w.find('[data-net="tensor"]').attributes('opacity')).toBe('0.15')
    expect(w.find('[data-net="pipeline"]').attributes('opacity')).toBe('0.15')
    expect(gpus(w, 'none')).toEqual(new Set(['0']))
  })

  it('at the last step labels TP with all-reduce and PP with send / recv, each over two GPUs', () => {
    const w = mount(TrtParallel, { props: { step: 2 } })
    expect(w.find('[data-net="pipeline"]').attributes('opacity')).toBe('1')
    expect(w.find('[data-collective="tensor"]').text()).toContain('all-reduce')
    expect(w.find('[data-collective="pipeline"]').text()).toContain('send / recv')
    expect(gpus(w, 'tensor')).toEqual(new Set(['0', '1']))
    expect(gpus(w, 'pipeline')).toEqual(new Set(['0', '1']))
  })
})
