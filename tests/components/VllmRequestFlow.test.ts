import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import VllmRequestFlow, { NODES, STEPS } from '../../components/VllmRequestFlow.vue'

const ORDER = ['api', 'add', 'schedule', 'execute', 'runner', 'forward', 'sampler', 'output', 'free', 'return']

describe('VllmRequestFlow', () => {
  it('draws the request path in order, one arrow between consecutive stages, plus the loop', () => {
    const w = mount(VllmRequestFlow, { props: { step: 0 } })
    expect(w.findAll('[data-node]').map(n => n.attributes('data-node'))).toEqual(ORDER)
    expect(w.findAll('[data-edge]')).toHaveLength(ORDER.length - 1)
    expect(w.find('[data-loop]').text()).toContain('step()')
    for (const label of ['add_request()', 'schedule()', 'execute_model()', 'PagedAttention kernel', 'Sampler', 'detokenize'])
      expect(w.text()).toContain(label)
  })

  it('at the first step only the entry is current and everything after it is still ahead', () => {
    const w = mount(VllmRequestFlow, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('entry')
    const states = w.findAll('[data-node]').map(n => n.attributes('data-state'))
    expect(states).toEqual(NODES.map(n => n.stage === 'entry' ? 'current' : 'ahead'))
  })

  it('at the last step (clamped) the output stage is current and no stage is ahead', () => {
    expect(STEPS).toEqual(['entry', 'schedule', 'execute', 'output'])
    const w = mount(VllmRequestFlow, { props: { step: 999999 } })
    expect(w.find('svg').attributes('data-step')).toBe('output')
    const current = w.findAll('[data-state="current"]').map(n => n.attributes('data-node'))
    expect(current).toEqual(['output', 'free', 'return'])
    expect(w.findAll('[data-state="ahead"]')).toHaveLength(0)
    expect(w.find('[data-loop]').attributes('opacity')).toBe('1')
  })
})
