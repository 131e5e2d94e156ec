import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ThreadBlockGrid from '../../components/ThreadBlockGrid.vue'

describe('ThreadBlockGrid', () => {
  it('at the first step FA1 keeps 32 of 108 SMs busy', () => {
    const w = mount(ThreadBlockGrid, { props: { step: 0 } })
    const fa1 = w.find('[data-panel="fa1"]')
    expect(fa1.attributes('data-blocks')).toBe('32')
    expect(fa1.findAll('[data-sm]')).toHaveLength(108)
    expect(fa1.findAll('[data-sm="busy"]')).toHaveLength(32)
    expect(w.find('[data-panel="fa2"]').findAll('[data-sm="busy"]')).toHaveLength(0)
    expect(w.find('[data-split]').exists()).toBe(false)
    expect(w.find('[data-caveat]').text()).toContain('2 个线程块')
  })

  it('at the split step hands rows / columns to 5 workers', () => {
    const w = mount(ThreadBlockGrid, { props: { step: 2 } })
    const fwd = w.find('[data-mode="fwd"]')
    expect(fwd.findAll('[data-worker]')).toHaveLength(15)
    expect(fwd.findAll('[data-worker="5"]')).toHaveLength(5)
    expect(w.find('[data-mode="bwd"]').findAll('[data-worker="1"]')).toHaveLength(5)
    expect(w.find('[data-decode]').exists()).toBe(false)
  })

  it('at the last step FA2 fills all 108 SMs for 19 waves; at decode split-KV fills what the Q split leaves idle', () => {
    const w = mount(ThreadBlockGrid, { props: { step: 7 } })
    const fa2 = w.find('[data-panel="fa2"]')
    expect(fa2.attributes('data-blocks')).toBe('2048')
    expect(fa2.attributes('data-waves')).toBe('19')
    expect(fa2.findAll('[data-sm="busy"]')).toHaveLength(108)
    expect(fa2.text()).toContain('利用率 99.8%')
    const q = w.find('[data-decode-panel="q-split"]')
    const kv = w.find('[data-decode-panel="split-kv"]')
    expect(q.attributes('data-blocks')).toBe('32')
    expect(q.findAll('[data-sm="busy"]')).toHaveLength(32)
    expect(kv.attributes('data-blocks')).toBe('96')
    expect(kv.findAll('[data-sm="busy"]')).toHaveLength(96)
  })
})
