import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TrtStack from '../../components/TrtStack.vue'

const tones = (view: 'modules' | 'licence') =>
  Object.fromEntries(mount(TrtStack, { props: { view } }).findAll('[data-part]').map(p => [p.attributes('data-part'), p.attributes('data-tone')]))

describe('TrtStack', () => {
  it('colours the modules by role', () => {
    const t = tones('modules')
    expect(t.tokenizer).toBe('host')
    expect(t.cutlass).toBe('prefill')
    expect(t.compiler).toBe('tensor')
    expect(t['batch-manager']).toBe('accent')
    expect(mount(TrtStack).find('[data-tag="legacy"]').text()).toContain('已移除')
  })

  it('marks what shipped only as binaries: the compiler, the FMHA kernels and the batch manager', () => {
    const t = tones('licence')
    const closed = Object.entries(t).filter(([, tone]) => tone === 'bad').map(([k]) => k)
    expect(closed).toEqual(['fmha', 'batch-manager', 'compiler'])
    expect(t.tokenizer).toBe('good')
  })
})
