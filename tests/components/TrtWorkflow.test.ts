import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TrtWorkflow, { STEPS } from '../../components/TrtWorkflow.vue'

const opacity = (w: ReturnType<typeof mount>, sel: string) => w.findAll(sel).map(g => g.attributes('opacity'))

describe('TrtWorkflow', () => {
  it('at the first step shows only the original checkpoint, tagged as the removed 0.x path', () => {
    const w = mount(TrtWorkflow, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('checkpoint')
    expect(w.find('[data-tag="legacy"]').text()).toContain('已移除')
    expect(opacity(w, '[data-node]')).toEqual(['1', '0.12', '0.12', '0.12'])
    expect(opacity(w, '[data-command]')).toEqual(['0.12', '0.12', '0.12'])
    expect(w.find('[data-path="today"]').exists()).toBe(false)
  })

  it('at the last step greys the engine path and draws today\'s direct path solid', () => {
    const w = mount(TrtWorkflow, { props: { step: 99 } })
    expect(w.find('svg').attributes('data-step')).toBe(STEPS.at(-1))
    expect(opacity(w, '[data-node]')).toEqual(['1', '0.4', '0.4', '0.4'])
    expect(w.findAll('[data-command]').map(g => g.attributes('data-command'))).toEqual(['convert_checkpoint.py', 'trtllm-build', '加载引擎'])
    expect(opacity(w, '[data-command]')).toEqual(['0.4', '0.4', '0.4'])
    expect(w.find('[data-path="today"]').text()).toContain('不编译')
    expect(w.find('[data-path="today"]').text()).toContain('trtllm-serve')
  })
})
