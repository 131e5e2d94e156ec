import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import VllmRequestFlow, { NODES, STEPS } from '../../components/VllmRequestFlow.vue'

const ORDER = ['api', 'schedule', 'execute', 'forward', 'sampler', 'update', 'free', 'detok']

describe('VllmRequestFlow', () => {
  it('draws the V1 path in order across the two processes, one arrow between consecutive stages, plus the loop', () => {
    const w = mount(VllmRequestFlow, { props: { step: 0 } })
    expect(w.findAll('[data-node]').map(n => n.attributes('data-node'))).toEqual(ORDER)
    expect(w.findAll('[data-edge]')).toHaveLength(ORDER.length - 1)
    expect(w.findAll('[data-process]').map(p => p.attributes('data-process'))).toEqual(['frontend', 'enginecore'])
    expect(w.find('[data-loop]').text()).toContain('step()')
    expect(w.findAll('[data-mark]').map(m => m.attributes('data-mark'))).toEqual(['①', '②', '③', '④'])
    for (const label of ['schedule()', 'execute_model()', 'block table', 'Sampler', 'update_from_output()', 'detokenize', 'ZeroMQ'])
      expect(w.text()).toContain(label)
  })

  it('at the first step only the entry is current and everything after it is still ahead', () => {
    const w = mount(VllmRequestFlow, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('entry')
    const states = w.findAll('[data-node]').map(n => n.attributes('data-state'))
    expect(states).toEqual(NODES.map(n => n.stage === 'entry' ? 'current' : 'ahead'))
  })

  it('at the last step (clamped) the update stage is current and no stage is ahead', () => {
    expect(STEPS).toEqual(['entry', 'schedule', 'execute', 'update'])
    const w = mount(VllmRequestFlow, { props: { step: 999999 } })
    expect(w.find('svg').attributes('data-step')).toBe('update')
    const current = w.findAll('[data-state="current"]').map(n => n.attributes('data-node'))
    expect(current).toEqual(['update', 'free', 'detok'])
    expect(w.findAll('[data-state="ahead"]')).toHaveLength(0)
    expect(w.find('[data-loop]').attributes('opacity')).toBe('1')
  })
})
