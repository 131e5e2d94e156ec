import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TrtQuantTable from '../../components/TrtQuantTable.vue'

describe('TrtQuantTable', () => {
  it('prints the computed rows for Llama-2-7B at FP16, FP8 and INT4', () => {
    const w = mount(TrtQuantTable, { props: { highlight: ['FP8'] } })
    const rows = w.findAll('tbody tr')
    expect(rows.map(r => r.attributes('data-format'))).toEqual(['FP16', 'FP8', 'INT4'])
    expect(rows[0].text()).toContain('512 KiB')
    expect(rows[0].text()).toContain('2.00 GiB')
    expect(rows[0].text()).toContain('12.6 GiB')
    expect(rows[2].text()).toContain('142 个')
    expect(rows[1].classes()).toContain('font-bold')
  })
})
