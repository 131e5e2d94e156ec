import { execFileSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { APPENDIX_LENGTH, ROOT, TALK_LENGTH, loadDeck } from '../support/deck-source'
import { missingFromOutline, outlineTitles, poppler } from '../support/poppler'

const pdf = join(ROOT, '.e2e/deck.pdf')
let slideCount = 0
let exportSeconds = 0
let titles: string[] = []

beforeAll(async () => {
  const deck = await loadDeck()
  slideCount = deck.slides.length
  titles = deck.slides.map(s => s.title ?? '')
  const t0 = performance.now()
  execFileSync('npx', ['slidev', 'export', '--executable-path', inject('chromium'), '--output', pdf, '--timeout', '120000'], { cwd: ROOT, stdio: 'pipe' })
  exportSeconds = (performance.now() - t0) / 1000
  console.log(`[e2e pdf] exported in ${exportSeconds.toFixed(1)} s, ${(statSync(pdf).size / 1024).toFixed(0)} KiB`)
})

describe('the exported PDF', () => {
  it('has one page per slide: the 57-slide talk, then the references appendix', () => {
    expect(slideCount).toBe(TALK_LENGTH + APPENDIX_LENGTH)
    const pages = Number(poppler('pdfinfo', [pdf]).match(/^Pages:\s+(\d+)/m)?.[1])
    expect(pages).toBe(slideCount)
    const text = poppler('pdftotext', ['-layout', pdf, '-']).split('\f')
    expect(text[TALK_LENGTH - 1]).toContain('谢谢观看')
    for (let i = TALK_LENGTH; i < slideCount; i++)
      expect(text[i]).toContain('参考文献')
  })

  it('carries the talk as extractable Chinese text', () => {
    const text = poppler('pdftotext', ['-layout', pdf, '-'])
    for (const phrase of ['浅谈大模型推理引擎优化', '推理引擎优化方向', 'SRE 基础', '谢谢观看'])
      expect(text).toContain(phrase)
    const cjk = text.match(/[\u4E00-\u9FFF]/g)?.length ?? 0
    expect(cjk).toBeGreaterThan(1000)
    // one form feed between pages: the page breaks match the slides
    expect(text.split('\f').filter(p => p.trim()).length).toBe(slideCount)
  })

  it('has an outline (bookmarks) listing every slide of the talk by its title', () => {
    expect(missingFromOutline(pdf, titles.slice(0, TALK_LENGTH))).toEqual([])
    expect(outlineTitles(pdf).length).toBeGreaterThanOrEqual(TALK_LENGTH)
  })

  it('embeds every font it uses', () => {
    const rows = poppler('pdffonts', [pdf]).split('\n').slice(2).filter(l => l.trim())
    expect(rows.length).toBeGreaterThan(0)
    const notEmbedded = rows.filter(r => !/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(r))
    expect(notEmbedded).toEqual([])
  })
})
