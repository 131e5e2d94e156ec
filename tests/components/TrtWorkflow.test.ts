import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TrtWorkflow, { STEPS } from '../../components/TrtWorkflow.vue'

const opacity = (w: ReturnType<typeof mount>, sel: string) => w.findAll(sel).map(g => g.attributes('opacity'))

describe('TrtWorkflow', () => {
  it('at the first step shows only the original checkpoint', () => {
    const w = mount(TrtWorkflow, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('checkpoint')
    expect(opacity(w, '[data-node]')).toEqual(['1', '0.15', '0.15', '0.15'])
    expect(opacity(w, '[data-command]')).toEqual(['0.15', '0.15', '0.15'])
    expect(w.find('[data-path="pytorch"]').exists()).toBe(false)
  })

  it('at the last step shows every stage and the PyTorch path that builds no engine', () => {
    const w = mount(TrtWorkflow, { props: { step: 99 } })
    expect(w.find('svg').attributes('data-step')).toBe(STEPS.at(-1))
    expect(opacity(w, '[data-node]')).toEqual(['1', '1', '1', '1'])
    expect(w.findAll('[data-command]').map(g => g.attributes('data-command'))).toEqual(['convert_checkpoint.py', 'trtllm-build', '加载引擎'])
    expect(w.find('[data-path="pytorch"]').text()).toContain('不建引擎')
  })
})
