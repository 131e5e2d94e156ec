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

  it('shows block 2 up to ℓ first, its acc one click later, the division by ℓ one click after that', () => {
    const at = (s: typeof STEPS[number]) => mount(OnlineSoftmaxTiling, { props: { step: STEPS.indexOf(s) } })
    const b2 = at('block2')
    expect(b2.find('[data-row="l"] [data-cell="2"]').exists()).toBe(true)
    expect(b2.find('[data-row="acc"] [data-cell="2"]').exists()).toBe(false)
    const acc = at('acc2')
    expect(flat(acc.find('[data-row="acc"] [data-cell="2"]').text())).toContain('=[1.118,1.135]')
    expect(acc.find('[data-row="O"] [data-cell="2"]').exists()).toBe(false)
    expect(acc.text()).not.toContain('0.929')
  })

  it('at the last step shows the FA2 trace of the code: unnormalised acc, one ÷ℓ, the exact result', () => {
    const w = mount(OnlineSoftmaxTiling, { props: { step: STEPS.length + 3 } })
    expect(w.findAll('[data-cell="1"]')).toHaveLength(7)
    expect(w.findAll('[data-cell="2"]')).toHaveLength(7)
    expect(flat(w.find('[data-row="alpha"] [data-cell="2"]').text())).toContain('=0.135')
    expect(flat(w.find('[data-row="m"] [data-cell="2"]').text())).toBe('max(3,5)=5')
    expect(flat(w.find('[data-row="acc"] [data-cell="1"]').text())).toContain('[0.135,1]')
    expect(flat(w.find('[data-row="l"] [data-cell="2"]').text())).toContain('=1.203')
    expect(flat(w.find('[data-row="O"] [data-cell="2"]').text())).toContain('÷1.203=[0.929,0.943]')
    expect(w.find('[data-check]').attributes('data-exact')).toBe('[0.929, 0.943]')
    expect(w.find('[data-fa1]').exists()).toBe(true)
    expect(w.find('[data-bridge]').exists()).toBe(true)
  })
})
