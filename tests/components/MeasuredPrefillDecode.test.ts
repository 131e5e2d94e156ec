import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import MeasuredPrefillDecode from '../../components/MeasuredPrefillDecode.vue'
import { tokenRoofs } from '../../lib/measured'

describe('MeasuredPrefillDecode', () => {
  it('at the first step draws the decode lines only', () => {
    const w = mount(MeasuredPrefillDecode, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('decode')
    expect(w.findAll('[data-shown="true"]').map(l => l.attributes('data-line'))).toEqual(['decode-512', 'decode-4096'])
    expect(w.find('[data-line="prefill"] polyline').exists()).toBe(false)
    expect(w.find('[data-roofs]').exists()).toBe(false)
    expect(w.find('[data-provenance]').text()).toContain('实测：H200，随机权重，2026-12-01')
  })

  it('at the last step adds prefill (8 prompt lengths, peak marked) and the two roofs meeting near 186 tokens', () => {
    const w = mount(MeasuredPrefillDecode, { props: { step: 9 } })
    expect(w.find('svg').attributes('data-step')).toBe('roofs')
    expect(w.find('[data-line="prefill"]').attributes('data-points')).toBe('8')
    expect(w.find('[data-prefill-best]').text()).toBe('峰值 40.1k（prompt 1k）')
    const ridge = Number(w.find('[data-roofs]').attributes('data-ridge'))
    expect(ridge).toBeGreaterThan(150)
    expect(ridge).toBeLessThan(220)
    expect(w.find('[data-roofs]').attributes('data-ridge')).toBe(tokenRoofs.ridgeTokens.toFixed(0))
    expect(w.text()).toContain('算力上限')
  })
})
