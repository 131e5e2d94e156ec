import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { PLAN, TALK_MINUTES } from '../../lib/talk-plan'
import { launchChromium } from '../../scripts/lib/chromium.mjs'
import { serveDist } from '../../scripts/lib/serve.mjs'
import { type DeckSlide, ROOT, TALK_LENGTH, loadDeck } from '../support/deck-source'
import { missingFromOutline, pdfPages } from '../support/poppler'
import { BASE } from './global-setup'
import { clickTotals } from './walk'

const OUT = join(ROOT, '.e2e')
const env = () => ({ ...process.env, CHROMIUM_PATH: inject('chromium') })

let slides: DeckSlide[]
beforeAll(async () => {
  slides = (await loadDeck()).slides
})

describe('npm run export:clicks', () => {
  let totals: Map<number, number>
  beforeAll(async () => {
    const server = await serveDist(inject('distDir'), BASE)
    const browser = await launchChromium()
    totals = await clickTotals(browser, server.url)
    await browser.close()
    await server.close()
  })
  it('gives one page per click step of every slide', () => {
    const file = join(OUT, 'deck-clicks.pdf')
    execFileSync('node', ['scripts/export.mjs', '--with-clicks', '--output', file], { cwd: ROOT, stdio: 'pipe', env: env() })
    const steps = [...totals.values()].reduce((sum, c) => sum + c + 1, 0)
    expect(totals.size).toBe(slides.length)
    expect(pdfPages(file)).toBe(steps)
    expect(missingFromOutline(file, slides.slice(0, TALK_LENGTH).map(s => s.title))).toEqual([])
  })
})

describe('npm run export:notes', () => {
  let md = ''
  const pdf = join(OUT, 'notes.pdf')
  beforeAll(() => {
    execFileSync('node', ['scripts/export-notes.mjs', '--out-dir', OUT, '--name', 'notes'], { cwd: ROOT, stdio: 'pipe', env: env() })
    md = readFileSync(join(OUT, 'notes.md'), 'utf8')
  })

  it('lists every slide, in order, with its notes', () => {
    const headings = [...md.matchAll(/^## (\d+)\. /gm)].map(m => Number(m[1]))
    expect(headings).toEqual(slides.map((_, i) => i + 1))
    for (const s of slides) {
      const words = (s.note ?? '').replace(/\[click(?::\d+)?\]/g, '').trim().split('\n')[0].slice(0, 16)
      expect(md).toContain(words)
    }
  })

  it('prints the talk plan: each chapter\'s share in minutes, adding up to the duration', () => {
    const shares = [...md.matchAll(/^- \*\*(.+?)\*\*（第 (\d+)-(\d+) 页）：(\d+) 分钟/gm)]
    expect(shares.map(m => m[1])).toEqual(PLAN.map(c => c.title))
    expect(shares.reduce((sum, m) => sum + Number(m[4]), 0)).toBe(TALK_MINUTES)
    expect(md).toContain(`## 时间安排（共 ${TALK_MINUTES} 分钟）`)
  })

  it('numbers the click steps instead of showing raw [click] markers', () => {
    expect(md).not.toMatch(/\[click/)
    expect(md).toContain('〔点击 1〕')
  })

  it('prints a PDF with Chinese text in embedded fonts', () => {
    expect(pdfPages(pdf)).toBeGreaterThan(3)
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
    expect(text).toContain('讲稿')
    expect(text.match(/[\u4E00-\u9FFF]/g)?.length ?? 0).toBeGreaterThan(2000)
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(l => l.trim())
    expect(fonts.filter(r => !/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(r))).toEqual([])
  })
})
