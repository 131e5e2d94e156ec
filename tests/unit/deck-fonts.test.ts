import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FONT_CSS, OPENING_SLIDES, buildSubsetFonts, charsInFace, firstSlideCharacters, fontGroups, groupName, mappedCodePoints, parseFontFaces, parseUnicodeRange, slideTexts, toUnicodeRange, usedCharacters } from '../../lib/deck-fonts'
import { PLAN, chapterOf } from '../../lib/talk-plan'
import { ROOT } from '../support/deck-source'

const require = createRequire(join(ROOT, 'package.json'))
const faces = FONT_CSS.flatMap(css => parseFontFaces(require.resolve(css)))
const tmp = mkdtempSync(join(tmpdir(), 'deck-fonts-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))
// the subset is built once, before the tests that read it (a build reads the deck and every
// font's cmap and cuts some fifty files: 5-7 s here, beyond a single test's 5 s)
let built: Awaited<ReturnType<typeof buildSubsetFonts>>
beforeAll(async () => {
  built = await buildSubsetFonts(ROOT, tmp)
}, 60_000)

describe('deck fonts', () => {
  it('parses unicode ranges, single points and wildcards', () => {
    expect(parseUnicodeRange('U+4e00-4e3f, U+20,U+4??')).toEqual([[0x4E00, 0x4E3F], [0x20, 0x20], [0x400, 0x4FF]])
  })

  it('writes the shortest exact range for a set of characters', () => {
    expect(toUnicodeRange(['C', 'A', 'B', '一', 'A'])).toBe('U+41-43,U+4e00')
    const chars = ['a', 'c', 'd', '中']
    const back = parseUnicodeRange(toUnicodeRange(chars))
    expect(back).toEqual([[0x61, 0x61], [0x63, 0x64], [0x4E2D, 0x4E2D]])
  })

  it('reads every @fontsource face with an existing woff2 file', () => {
    expect(faces.length).toBeGreaterThan(100)
    for (const f of faces)
      expect(existsSync(f.file)).toBe(true)
  })

  it('finds the deck\'s own words among the used characters', () => {
    const chars = usedCharacters(ROOT)
    for (const ch of '浅谈大模型推理引擎优化谢谢观看')
      expect(chars.has(ch)).toBe(true)
  })

  it('keeps the quotes and dashes Markdown\'s typographer writes from ASCII', () => {
    const chars = usedCharacters(ROOT)
    for (const ch of '’“”–—…')
      expect([ch, chars.has(ch)]).toEqual([ch, true])
  })

  it('covers every used CJK character with a Noto Sans SC face in both weights', () => {
    const cjk = [...usedCharacters(ROOT)].filter(ch => /[\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF]/.test(ch))
    for (const weight of ['400', '700']) {
      const noto = faces.filter(f => f.family === 'Noto Sans SC' && f.weight === weight)
      const missing = cjk.filter(ch => !noto.some(f => charsInFace(f, [ch]).length))
      expect([weight, missing]).toEqual([weight, []])
    }
  })

  it('writes one small subset per needed slice and CSS pointing at them', async () => {
    const r = built
    const css = readFileSync(r.cssPath, 'utf8')
    const urls = [...css.matchAll(/url\(\.\/([^)]+)\)/g)].map(m => m[1])
    expect(urls.length).toBe(r.faces)
    for (const u of urls)
      expect(existsSync(join(tmp, u))).toBe(true)
    expect(r.faces).toBeLessThan(faces.length)
    // far less than the ~100 KB of @fontsource CSS per weight and the whole slices
    expect(css.length).toBeLessThan(60_000)
    expect(r.bytes).toBeLessThan(2_000_000)
  })

  it('gives the opening slides\' characters files of their own, apart from the rest', async () => {
    const cover = firstSlideCharacters(ROOT)
    expect(OPENING_SLIDES).toBe(2)
    for (const ch of '浅谈大模型推理引擎优化孙海林细方向很多挑重点→')
      expect(cover.has(ch)).toBe(true)
    expect(cover.has('谢')).toBe(false) // the thanks slide's
    expect(cover.has('暗')).toBe(false) // in the cover's speaker notes (月之暗面) only
    expect(cover.has('录')).toBe(false) // slide 3's title (目录)
    const r = built
    const css = readFileSync(r.cssPath, 'utf8')
    const rules = [...css.matchAll(/font-family:'([^']+)';[^}]*font-weight:(\d+);src:url\(\.\/([^)]+)\)[^}]*unicode-range:([^;]+);/g)]
      .map(([, family, weight, file, range]) => ({ face: `${family} ${weight}`, file, ranges: parseUnicodeRange(range) }))
    const covers = (ranges: [number, number][], cp: number) => ranges.some(([a, b]) => cp >= a && cp <= b)
    // every character on the cover, in every weight, maps only to files holding nothing but cover
    // characters, so opening the deck never fetches a file of the rest
    const coverOnly = (r: typeof rules[number]) => r.ranges.every(([a, b]) => {
      for (let cp = a; cp <= b; cp++) {
        if (!cover.has(String.fromCodePoint(cp)))
          return false
      }
      return true
    })
    const cjk = [...cover].filter(ch => /\p{Script=Han}/u.test(ch)).map(ch => ch.codePointAt(0)!)
    expect(cjk.length).toBeGreaterThan(20)
    for (const face of ['Noto Sans SC 400', 'Noto Sans SC 700']) {
      for (const cp of cjk) {
        const files = rules.filter(r => r.face === face && covers(r.ranges, cp))
        expect(files.length, `${face} U+${cp.toString(16)}`).toBe(1)
        expect(coverOnly(files[0]), `${face} U+${cp.toString(16)} in ${files[0].file}`).toBe(true)
      }
    }
  })

  it('writes no subset of characters its font does not have (an empty font, which browsers reject)', async () => {
    // Noto Sans SC's last slice declares ᵀ (U+1D40) and ⁻ (U+207B), which the deck uses, but has
    // no glyph for them: a file of just those two was refused with "glyf: zero-length table"
    const last = faces.find(f => f.family === 'Noto Sans SC' && f.weight === '400' && f.ranges.some(([a, b]) => a <= 0x1D40 && 0x1D40 <= b))!
    const mapped = await mappedCodePoints(last.file, tmp)
    expect(mapped.size).toBeGreaterThan(0)
    expect(mapped.has(0x1D40)).toBe(false)
    const r = built
    for (const f of r.files) {
      const have = await mappedCodePoints(f.source, tmp)
      const missing = [...f.chars].filter(ch => !have.has(ch.codePointAt(0)!))
      expect([f.file, missing]).toEqual([f.file, []])
    }
  })

  it('maps every used character of a face to exactly one file, in both Noto weights', async () => {
    const r = built
    const css = readFileSync(r.cssPath, 'utf8')
    const rules = [...css.matchAll(/font-family:'([^']+)';[^}]*font-weight:(\d+);src:url\(\.\/([^)]+)\)[^}]*unicode-range:([^;]+);/g)]
      .map(([, family, weight, file, range]) => ({ face: `${family} ${weight}`, file, ranges: parseUnicodeRange(range) }))
    const chinese = [...usedCharacters(ROOT)].filter(ch => /\p{Script=Han}/u.test(ch))
    expect(chinese.length).toBeGreaterThan(800)
    for (const face of ['Noto Sans SC 400', 'Noto Sans SC 700']) {
      for (const ch of chinese) {
        const cp = ch.codePointAt(0)!
        const files = rules.filter(x => x.face === face && x.ranges.some(([a, b]) => cp >= a && cp <= b))
        expect([face, ch, files.length]).toEqual([face, ch, 1])
      }
    }
  })
})

describe('the Chinese font files, by where the talk first shows a character', () => {
  it('reads what each slide shows: its body, its layout and the figures and code it reaches, not its notes', async () => {
    const texts = await slideTexts(ROOT)
    expect(texts.length).toBe(62)
    expect(texts[0]).toContain('浅谈大模型推理引擎优化')
    expect(texts[0]).not.toContain('月之暗面') // the cover's speaker notes
    // slide 8: GpuSmDiagram's title, the figure-left layout, and the unit counts of the snippet it imports
    expect(texts[7]).toContain('一个 SM（GA100）')
    expect(texts[7]).toContain('figure-pane')
    expect(texts[7]).toContain('export const SUB_PARTITION')
    // the tiling slide's code, included with <<< @/snippets/online-softmax.ts
    const tiling = texts.findIndex(t => t.includes('<<< @/snippets/online-softmax.ts'))
    expect(texts[tiling]).toContain(readFileSync(join(ROOT, 'snippets/online-softmax.ts'), 'utf8'))
    // the agenda (slide 3, Slidev's <Toc>) lists the chapters' titles, down to the summary's
    expect(texts[2]).toContain('<Toc')
    expect(texts[2]).toContain('PD 分离')
    expect(texts[2]).toContain('总结：每章带走一个想法、一个数字')
    expect(texts[3]).not.toContain('总结')
  })

  it('groups the characters: the opening slides\', then each chapter\'s first shown, the appendix\'s, the rest', async () => {
    const groups = await fontGroups(ROOT)
    expect(groupName(groups.get('浅'))).toBe('opening') // the cover's title
    expect(groupName(groups.get('录'))).toBe('chapter1') // slide 3's title (目录)
    expect(groupName(groups.get('想'))).toBe('chapter1') // the agenda's last title (一个想法)
    expect(groupName(groups.get('谢'))).toBe(`chapter${PLAN.length}`) // the thanks slide
    expect(groupName(groups.get('暗'))).toBe('rest') // speaker notes only
    // no character's group is later than the chapter of a slide showing it
    const texts = await slideTexts(ROOT)
    texts.forEach((text, i) => {
      const chapter = chapterOf(i + 1)
      const mine = 1 + (chapter ? PLAN.indexOf(chapter) : PLAN.length)
      const later = [...new Set(text)].filter(ch => (groups.get(ch) ?? Infinity) > mine)
      expect([i + 1, later]).toEqual([i + 1, []])
    })
  })

  it('cuts one file per weight and group from the one-file Chinese subset, the rest from their slices', async () => {
    const r = built
    for (const weight of ['400', '700']) {
      const chinese = r.files.filter(f => f.weight === weight && f.source.endsWith(`noto-sans-sc-chinese-simplified-${weight}-normal.woff2`))
      const names = chinese.map(f => f.group)
      expect(new Set(names).size).toBe(names.length)
      expect(names).toEqual(expect.arrayContaining(['opening', 'chapter1', 'chapter3', 'rest']))
      // the few characters that subset lacks (arrows, circled digits) stay in the numbered slices
      const sliced = r.files.filter(f => f.weight === weight && f.family === 'Noto Sans SC' && !chinese.includes(f)).map(f => f.chars).join('')
      expect(sliced).toContain('→')
      expect(sliced).not.toMatch(/\p{Script=Han}/u)
    }
    // a talk in order fetches few font files: far fewer than the slices they replace
    expect(r.files.length).toBeLessThan(60)
  })

  it('names a character of each group that only that group\'s files hold, in both weights (the preloader fetches a chapter\'s files by it)', () => {
    const r = built
    const noto = r.files.filter(f => f.family === 'Noto Sans SC')
    expect(r.samples).toHaveLength(PLAN.length + 2)
    r.samples.forEach((sample, group) => {
      if (group === 0) // the opening files are fetched with the first slide
        return
      expect([group, sample]).toEqual([group, expect.stringMatching(/^\p{Script=Han}$/u)])
      const holding = noto.filter(f => f.chars.includes(sample)).map(f => `${f.weight}:${f.group}`)
      expect(holding.sort()).toEqual([`400:${groupName(group)}`, `700:${groupName(group)}`])
    })
  })
})
