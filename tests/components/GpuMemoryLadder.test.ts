import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import GpuMemoryLadder, { decadeTicks } from '../../components/GpuMemoryLadder.vue'
import { adjacentRatios, ladder } from '../../snippets/gpu-a100'

describe('GpuMemoryLadder', () => {
  it('at the first step draws one bandwidth bar per level on a log axis with decade ticks, no capacities', () => {
    const w = mount(GpuMemoryLadder, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('bandwidth')
    expect(w.findAll('[data-level]').map(l => l.attributes('data-level'))).toEqual(ladder().map(r => r.id))
    expect(w.findAll('[data-bar="bandwidth"]')).toHaveLength(7)
    expect(w.findAll('[data-bar="capacity"]')).toHaveLength(0)
    expect(w.findAll('[data-kind="on-chip"]')).toHaveLength(3)
    expect(w.findAll('[data-axis="bandwidth"] [data-tick]').map(t => t.attributes('data-tick'))).toEqual(['10G', '100G', '1T', '10T', '100T', '1P'])
    expect(w.text()).toContain('1,555 GB/s')
    expect(w.text()).not.toContain('177') // not the Fermi numbers
    // neighbouring levels with their ratio, none of them 10x
    expect(w.findAll('[data-ratio]').map(r => r.attributes('data-ratio'))).toEqual(adjacentRatios().map(q => q.ratio.toFixed(1)))
    // bars shrink down the GPU's path, and a decade is the same length everywhere (a real log axis)
    const bars = w.findAll('[data-bar="bandwidth"]').map(b => Number(b.attributes('width')))
    expect(bars.slice(0, 6)).toEqual([...bars.slice(0, 6)].sort((a, b) => b - a))
    const rows = ladder()
    const perDecade = (i: number, j: number) => (bars[i] - bars[j]) / Math.log10(rows[i].bandwidth / rows[j].bandwidth)
    expect(perDecade(0, 5)).toBeCloseTo(perDecade(3, 4), 6)
    // host DRAM as the GPU sees it: through PCIe
    expect(w.find('[data-gpu-view]').text()).toContain('31.5 GB/s')
    expect(w.find('[data-balance]').exists()).toBe(false)
  })

  it('at the last step adds capacities, the machine balance and where local memory lives', () => {
    const w = mount(GpuMemoryLadder, { props: { step: 99 } })
    expect(w.find('svg').attributes('data-step')).toBe('local')
    expect(w.findAll('[data-bar="capacity"]')).toHaveLength(5)
    expect(w.text()).toContain('40 GB')
    expect(w.text()).toContain('512 GB')
    expect(w.find('[data-balance]').attributes('data-value')).toBe('200')
    expect(w.find('[data-balance]').text()).toContain('312 TFLOPS ÷ 1,555 GB/s')
    expect(w.find('[data-local]').exists()).toBe(true)
    expect(w.findAll('[data-provenance="derived"]').length).toBeGreaterThan(0)
  })

  it('labels decades with SI prefixes', () => {
    expect(decadeTicks(7, 12, 2).filter(t => t.labelled).map(t => t.label)).toEqual(['10M', '1G', '100G'])
  })
})
