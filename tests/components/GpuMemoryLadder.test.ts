import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import GpuMemoryLadder from '../../components/GpuMemoryLadder.vue'
import { ladder } from '../../snippets/gpu-a100'

describe('GpuMemoryLadder', () => {
  it('at the first step draws one bandwidth bar per level of the data module, no capacities', () => {
    const w = mount(GpuMemoryLadder, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('bandwidth')
    expect(w.findAll('[data-level]').map(l => l.attributes('data-level'))).toEqual(ladder().map(r => r.id))
    expect(w.findAll('[data-bar="bandwidth"]')).toHaveLength(7)
    expect(w.findAll('[data-bar="capacity"]')).toHaveLength(0)
    expect(w.findAll('[data-kind="on-chip"]')).toHaveLength(3)
    expect(w.text()).toContain('1,555 GB/s')
    expect(w.text()).not.toContain('177') // not the Fermi numbers
    // bars shrink down the ladder (host DRAM is reached through PCIe)
    const widths = w.findAll('[data-bar="bandwidth"]').map(b => Number(b.attributes('width'))).slice(0, 6)
    expect(widths).toEqual([...widths].sort((a, b) => b - a))
  })

  it('at the last step adds capacities and marks where local memory lives', () => {
    const w = mount(GpuMemoryLadder, { props: { step: 99 } })
    expect(w.find('svg').attributes('data-step')).toBe('local')
    expect(w.findAll('[data-bar="capacity"]')).toHaveLength(5)
    expect(w.text()).toContain('40 GB')
    expect(w.find('[data-local]').exists()).toBe(true)
    expect(w.findAll('[data-provenance="derived"]').length).toBeGreaterThan(0)
  })
})
