import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { CHAPTERS, type DeckSlide, TALK_LENGTH, filesUnder, loadDeck, read } from '../support/deck-source'

let slides: DeckSlide[]
let headmatter: Record<string, any>
beforeAll(async () => {
  const deck = await loadDeck()
  slides = deck.slides
  headmatter = deck.headmatter
})

const talk = () => slides.slice(0, TALK_LENGTH)

/** A JPEG's size, from its first start-of-frame marker (SOF0-SOF15, not DHT, JPG or DAC). */
function jpegSize(jpeg: Buffer) {
  for (let i = 2; i + 9 < jpeg.length;) {
    const marker = jpeg[i + 1]
    if (marker >= 0xC0 && marker <= 0xCF && ![0xC4, 0xC8, 0xCC].includes(marker))
      return { width: jpeg.readUInt16BE(i + 7), height: jpeg.readUInt16BE(i + 5) }
    i += 2 + jpeg.readUInt16BE(i + 2)
  }
  return undefined
}

describe('the talk, as specified from the seed', () => {
  it('has 57 slides, ending with the thanks slide', () => {
    const thanks = slides.findIndex(s => s.title === '谢谢观看')
    expect(thanks + 1).toBe(TALK_LENGTH)
    expect(slides.length).toBeGreaterThanOrEqual(TALK_LENGTH)
  })

  it('keeps the seed\'s own words on the cover, slide 2, the agenda and the thanks slide', () => {
    expect(slides[0].content).toContain('# 浅谈大模型推理引擎优化')
    expect(slides[0].content).toContain('围绕 Attention 优化以及 PD 分离架构（主讲人：孙海林）')
    expect(slides[1].title).toBe('推理引擎优化方向')
    expect(slides[1].content).toContain('细方向很多，但先挑重点来说')
    expect(slides[2].content).toContain('<Toc text-sm minDepth="1" maxDepth="1" />')
    expect(slides[56].content).toContain('<PoweredBySlidev')
  })

  it('puts every chapter opener at its seed position, reachable by its alias', () => {
    for (const [alias, no] of Object.entries(CHAPTERS))
      expect([alias, slides[no - 1].frontmatter.routeAlias]).toEqual([alias, alias])
  })

  it('lists only the chapter openers in the agenda', () => {
    const inToc = talk().filter(s => !s.frontmatter.hideInToc).map(s => s.frontmatter.routeAlias)
    expect(inToc).toEqual(['sre', 'gpu', 'vllm', 'trtllm', 'flashattention', 'pd', 'summary'])
  })

  it('keeps the seed\'s arrangements: figure right on SRE, figure left on GPU 7-10 and vLLM 14', () => {
    const layout = (no: number) => slides[no - 1].frontmatter.layout
    expect([4, 5, 6].map(layout)).toEqual(Array(3).fill('figure-right'))
    expect([7, 8, 9, 10, 14].map(layout)).toEqual(Array(5).fill('figure-left'))
    expect(layout(3)).toBe('two-cols')
    expect(layout(57)).toBe('center')
  })

  it('keeps the seed\'s transitions', () => {
    const expected = (no: number) => {
      if ([2, 7, 12, 22, 31, 43, 55].includes(no))
        return 'fade-out'
      if (no >= 13 && no <= 56)
        return 'slide-up'
      return undefined // the headmatter's slide-left
    }
    for (let no = 2; no <= TALK_LENGTH; no++)
      expect([no, slides[no - 1].frontmatter.transition]).toEqual([no, expected(no)])
    expect(headmatter.transition).toBe('slide-left')
  })

  it('imports chapter slides from ASCII paths under pages/', () => {
    const imported = talk().filter(s => s.source.filepath.includes('/pages/'))
    expect(imported.length).toBe(TALK_LENGTH - 4)
    for (const s of slides.filter(s => s.source.filepath.includes('/pages/')))
      expect(s.source.filepath).toMatch(/\/pages\/0\d-[a-z-]+\/\d\d-[a-z0-9-]+\.md$/)
  })
})

describe('speaker notes', () => {
  it('every slide of the talk has Chinese notes', () => {
    const missing = talk().filter(s => !/[\u4E00-\u9FFF]/.test(s.note ?? '')).map(s => s.index + 1)
    expect(missing).toEqual([])
  })

  it('declared clicks are all narrated by [click] markers', () => {
    const off = talk()
      .filter(s => typeof s.frontmatter.clicks === 'number')
      .filter(s => (s.note?.match(/\[click(?::\d+)?\]/g) ?? []).length === 0)
      .map(s => s.index + 1)
    expect(off).toEqual([])
  })
})

describe('links and assets', () => {
  it('every <Link to> names an existing alias or slide number', () => {
    const aliases = new Set(slides.map(s => s.frontmatter.routeAlias).filter(Boolean))
    const bad: string[] = []
    for (const s of slides) {
      for (const m of s.content.matchAll(/<Link\s[^>]*?:?to="([^"]+)"/g)) {
        const to = m[1].replace(/^'|'$/g, '')
        const ok = aliases.has(to) || (/^\d+$/.test(to) && Number(to) >= 1 && Number(to) <= slides.length)
        if (!ok)
          bad.push(`slide ${s.index + 1}: ${to}`)
      }
    }
    expect(bad).toEqual([])
  })

  it('loads fonts, favicon and the cover from the project, not the network', () => {
    expect(headmatter.fonts.provider).toBe('none')
    expect(headmatter.favicon).toBe('/favicon.png')
    expect(headmatter.background).toBe('/cover.jpg')
    expect(read('styles/index.ts')).toMatch(/import 'virtual:deck-fonts\.css'/)
    expect(read('lib/deck-fonts.ts')).toMatch(/'@fontsource\/noto-sans-sc\/400\.css'/)
  })

  // scripts/make-cover.mjs: the cover shows its art as a JPEG drawn from public/cover.svg
  it('shows the cover art as a 1920 x 1080 JPEG of some 75 KB, drawn from the SVG beside it', () => {
    const jpeg = readFileSync(new URL('../../public/cover.jpg', import.meta.url))
    expect([jpeg[0], jpeg[1]]).toEqual([0xFF, 0xD8])
    expect(jpegSize(jpeg)).toEqual({ width: 1920, height: 1080 })
    expect(jpeg.length).toBeLessThan(100 * 1024)
    expect(read('public/cover.svg')).toMatch(/viewBox="0 0 1920 1080"/)
  })

  it('names only the fonts it ships, then a generic family: no system font is looked up', () => {
    // Slidev's fallbacks append a dozen system families (system-ui, "Segoe UI", Roboto, ...); a
    // Linux renderer asks the browser process for each one, synchronously, at every new size
    expect(headmatter.fonts.fallbacks).toBe(false)
    const shipped = ['"Noto Sans SC"', '"JetBrains Mono"']
    for (const stack of ['sans', 'serif', 'mono']) {
      const names = String(headmatter.fonts[stack]).split(',').map(f => f.trim())
      expect([stack, names.slice(0, -1).filter(f => !shipped.includes(f))]).toEqual([stack, []])
      expect(names.at(-1)).toMatch(/^(sans-serif|monospace)$/)
    }
  })

  const sources = () => [
    'slides.md',
    ...filesUnder('pages', /\.md$/),
    ...filesUnder('components', /\.vue$/),
    ...filesUnder('layouts', /\.vue$/),
    ...filesUnder('styles', /\.(css|ts)$/),
  ]

  it('references no remote asset (src, url(), image frontmatter)', () => {
    const remote = /(?:\bsrc=["']|url\(\s*["']?|^(?:image|background):\s*)(?:https?:)?\/\//m
    expect(sources().filter(f => remote.test(read(f)))).toEqual([])
  })

  it('uses no emoji characters (no font on the host draws them); icons instead', () => {
    const emoji = /\p{Extended_Pictographic}/u
    const hits = sources().flatMap(f => read(f).split('\n')
      .map((line, i) => [line, i] as const)
      .filter(([line]) => emoji.test(line.replace(/[©®™↔↕]/g, '')))
      .map(([line, i]) => `${f}:${i + 1}: ${line.trim().slice(0, 60)}`))
    expect(hits).toEqual([])
  })

  it('keeps hex colours out of figure components (the palette is the one source)', () => {
    const hex = /#[0-9a-fA-F]{3,8}\b/
    const hits = filesUnder('components', /\.vue$/).filter(f => hex.test(read(f).replace(/<!--[\s\S]*?-->/g, '')))
    expect(hits).toEqual([])
  })
})
