import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TrtQuantBars from '../../components/TrtQuantBars.vue'

describe('TrtQuantBars', () => {
  it('draws one bar per recipe with one cell per 4k request that fits', () => {
    const w = mount(TrtQuantBars)
    const rows = w.findAll('[data-recipe]')
    expect(rows.map(r => r.attributes('data-recipe'))).toEqual(['FP16-FP16', 'FP8-FP8', 'INT4-FP8'])
    expect(rows.map(r => r.attributes('data-requests'))).toEqual(['30', '68', '71'])
    expect(rows.map(r => r.findAll('[data-cell]').length)).toEqual([30, 68, 71])
    expect(w.text()).not.toContain('INT4 KV')
    expect(w.find('[data-note="keep16"]').text()).toContain('30 / 67 / 71')
  })

  it('fits fewer requests on a smaller GPU', () => {
    const w = mount(TrtQuantBars, { props: { gpuBytes: 40e9 } })
    expect(w.findAll('[data-recipe]').map(r => Number(r.attributes('data-requests')))).toEqual([12, 30, 34])
  })
})
