import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import OnlineSoftmaxTiling, { STEPS } from '../../components/OnlineSoftmaxTiling.vue'

const flat = (s: string) => s.replace(/\s+/g, '')

describe('OnlineSoftmaxTiling', () => {
  it('at the first step shows the HBM inputs and no computed cells', () => {
    const w = mount(OnlineSoftmaxTiling, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('inputs')
    expect(w.findAll('[data-input]')).toHaveLength(5)
    expect(w.findAll('[data-cell]')).toHaveLength(0)
    expect(w.find('[data-check]').exists()).toBe(false)
  })

  it('at the last step shows both blocks, the rescaling factor and the exact result', () => {
    const w = mount(OnlineSoftmaxTiling, { props: { step: STEPS.length + 3 } })
    expect(w.findAll('[data-cell="1"]')).toHaveLength(6)
    expect(w.findAll('[data-cell="2"]')).toHaveLength(6)
    const alpha = flat(w.find('[data-row="alpha"] [data-cell="2"]').text())
    expect(alpha).toContain('=0.135')
    expect(flat(w.find('[data-row="m"] [data-cell="2"]').text())).toBe('max(3,5)=5')
    const check = w.find('[data-check]')
    expect(check.attributes('data-exact')).toBe('[0.929, 0.943]')
    expect(flat(w.find('[data-row="O"] [data-cell="2"]').text())).toContain('[0.929,0.943]')
    expect(w.find('[data-bridge]').exists()).toBe(true)
  })
})
