/**
 * The deck's fonts as one CSS module, `virtual:deck-fonts.css` (imported by styles/index.ts).
 *
 * In `slidev` (dev) and `slidev export` it simply @imports @fontsource's CSS. In `slidev build`
 * it subsets the fonts to the characters the deck's sources contain: @fontsource splits Noto Sans
 * SC into ~100 unicode-range slices per weight; each slice holding a used character is cut down
 * to just those characters (harfbuzz, via subset-font), the rest are dropped. The hosted site then
 * loads a few kilobytes of font CSS and small font files instead of ~200 KB of CSS and whole
 * slices. The e2e glyph check (CSS.getPlatformFontsForNode) proves the subset covers what shows.
 *
 * Noto Sans SC's Chinese characters are not kept in @fontsource's slices but grouped by where the
 * talk first shows them (`fontGroups`): one file per weight for the opening slides' characters
 * (slides 1-2, `OPENING_SLIDES`), one for the characters each chapter shows first, and one for the
 * rest (speaker notes, code), each cut from @fontsource's one-file `chinese-simplified` subset. The
 * slices spread the common characters over some twenty files a weight, so going through the talk
 * the browser kept fetching slices, and each one that arrived laid out again the text of the
 * slide on screen. Grouped, a talk in order fetches one new file a weight per chapter, two slides
 * before the chapter starts (measured in the bench's rapid loop, 22 runs each, interleaved: the
 * worst switch averaged 153 ms against 186 ms with the slices, over 200 ms in 3 runs against 8).
 * The few characters the Chinese subset lacks (arrows, ①, ≤) and every other face keep their
 * slices, each split the same way into the opening slides' characters and the rest.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'
import type { Plugin } from 'vite'
import { fontGroupOf } from './font-groups.ts'
import { PLAN } from './talk-plan.ts'

export const FONT_CSS = [
  '@fontsource/noto-sans-sc/400.css',
  '@fontsource/noto-sans-sc/700.css',
  '@fontsource/jetbrains-mono/400.css',
]

/** Folders and files whose text can reach the screen (slides, notes, figures, code shown). */
export const TEXT_SOURCES = ['slides.md', 'pages', 'components', 'layouts', 'snippets', 'lib', 'styles', 'setup']

const VIRTUAL_ID = 'virtual:deck-fonts.css'
const GROUPS_ID = 'virtual:deck-font-groups'

/** Characters markdown-it's typographer and smartquotes produce from ASCII. */
export const TYPOGRAPHER = '‘’“”–—…©®™±'

export interface FontFace {
  family: string
  weight: string
  style: string
  /** Absolute path of the face's woff2 file. */
  file: string
  /** Inclusive code-point ranges of the face's unicode-range. */
  ranges: [number, number][]
  unicodeRange: string
}

/** `U+4e00-4e3f,U+20` → [[0x4e00, 0x4e3f], [0x20, 0x20]] (wildcards like U+4?? too). */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map(s => s.trim().replace(/^U\+/i, '')).filter(Boolean).map((part) => {
    if (part.includes('?'))
      return [Number.parseInt(part.replace(/\?/g, '0'), 16), Number.parseInt(part.replace(/\?/g, 'f'), 16)]
    const [a, b] = part.split('-')
    return [Number.parseInt(a, 16), Number.parseInt(b ?? a, 16)]
  })
}

/** The @font-face rules of a @fontsource CSS file, with their woff2 files resolved. */
export function parseFontFaces(cssPath: string): FontFace[] {
  const css = readFileSync(cssPath, 'utf8')
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const prop = (name: string) => body.match(new RegExp(`${name}:\\s*([^;]+);`))?.[1].trim() ?? ''
    const woff2 = prop('src').match(/url\(([^)]+\.woff2)\)/)?.[1]
    if (!woff2)
      throw new Error(`no woff2 source in ${cssPath}`)
    const unicodeRange = prop('unicode-range') || 'U+0-10FFFF'
    return {
      family: prop('font-family').replace(/['"]/g, ''),
      weight: prop('font-weight'),
      style: prop('font-style') || 'normal',
      file: join(dirname(cssPath), woff2),
      ranges: parseUnicodeRange(unicodeRange),
      unicodeRange,
    }
  })
}

/** Every character in the deck's text sources, plus printable ASCII. */
export function usedCharacters(root: string): Set<string> {
  const chars = new Set<string>()
  for (let c = 0x20; c < 0x7F; c++)
    chars.add(String.fromCharCode(c))
  // Markdown's typographer writes characters the sources never contain ('25 → ’25, -- → –, ... → …)
  for (const ch of TYPOGRAPHER)
    chars.add(ch)
  const visit = (path: string) => {
    if (!existsSync(path))
      return
    if (statSync(path).isDirectory()) {
      for (const e of readdirSync(path))
        visit(join(path, e))
      return
    }
    if (/\.(md|vue|ts|css|mjs)$/.test(path)) {
      for (const ch of readFileSync(path, 'utf8'))
        chars.add(ch)
    }
  }
  for (const s of TEXT_SOURCES)
    visit(join(root, s))
  return chars
}

/**
 * How many slides open the deck: their characters get font files of their own (see the header).
 * Two, not one: with only the cover's, the first → fetched a dozen slices for slide 2 and laid its
 * text out again when they came, inside the first slide change (the bench's slowest one).
 */
export const OPENING_SLIDES = 2

/**
 * The characters shown on the opening slides: slides.md from after its headmatter to the start
 * of slide `OPENING_SLIDES + 1`, without speaker notes (`<!-- -->`), which the slides do not show
 * (a `<style>` block stays: its `content: '→ '` is shown).
 */
export function firstSlideCharacters(root: string): Set<string> {
  const src = readFileSync(join(root, 'slides.md'), 'utf8').replace(/\r\n/g, '\n')
  const body = src.replace(/^---\n[\s\S]*?\n---\n/, '')
  // after the cover, each slide is `---` frontmatter `---` body
  const pieces = body.split(/\n---\n/).slice(0, 1 + 2 * (OPENING_SLIDES - 1))
  const shown = pieces.join('\n').replace(/<!--[\s\S]*?-->/g, '')
  return new Set(shown)
}

/** Every `.vue` file under `dir`, by component name (`GpuSmDiagram` → its path). */
function componentFiles(dir: string, found = new Map<string, string>()) {
  if (!existsSync(dir))
    return found
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory())
      componentFiles(join(dir, e.name), found)
    else if (e.name.endsWith('.vue'))
      found.set(e.name.slice(0, -4), join(dir, e.name))
  }
  return found
}

/**
 * The project files a slide's text reaches, with the slide's own text first: its layout, the
 * components its tags name (`<GpuSmDiagram>`), the code it includes (`<<< @/snippets/x.ts`), and
 * what those import or name in turn, transitively (a figure's labels live in its component and
 * the snippets it draws from). Returns their concatenated text.
 */
function reachedText(root: string, text: string, layout: string | undefined, components: Map<string, string>): string {
  const seen = new Set<string>()
  const queue: string[] = []
  const add = (file: string | undefined) => {
    if (file && !seen.has(file) && existsSync(file) && statSync(file).isFile() && !file.includes('node_modules')) {
      seen.add(file)
      queue.push(file)
    }
  }
  const follow = (src: string, dir: string) => {
    for (const [, name] of src.matchAll(/<([A-Z][A-Za-z0-9]*)/g))
      add(components.get(name))
    for (const [, path] of src.matchAll(/^<<<\s*@\/(\S+?)(?:#\S*)?(?:\s|$)/gm))
      add(join(root, path))
    for (const [, rel] of src.matchAll(/(?:from|import)\s+'(\.{1,2}\/[^']+)'/g)) {
      const base = join(dir, rel)
      add(['', '.ts', '.vue', '/index.ts'].map(ext => base + ext).find(f => existsSync(f) && statSync(f).isFile()))
    }
  }
  if (layout)
    add(join(root, 'layouts', `${layout}.vue`))
  follow(text, root)
  let all = text
  for (let file = queue.shift(); file; file = queue.shift()) {
    const src = readFileSync(file, 'utf8')
    all += src
    follow(src, dirname(file))
  }
  return all
}

/**
 * What each slide shows (index 0 is slide 1): its body without the speaker notes, plus the text
 * of the files it reaches (`reachedText`), plus, on a slide with Slidev's `<Toc>`, the titles the
 * agenda lists (every slide not `hideInToc`), which Slidev renders at run time. Without them the
 * agenda's few characters from later chapters' titles fetched four more files a weight at the
 * first slide change. An over-estimate (a component's code and comments come with its labels),
 * which only brings a character's file in a little early.
 */
export async function slideTexts(root: string): Promise<string[]> {
  const { load } = await import('@slidev/parser/fs')
  const deck = await load({ roots: [root], userRoot: root }, join(root, 'slides.md'))
  const components = componentFiles(join(root, 'components'))
  const agenda = deck.slides.filter(s => !s.frontmatter.hideInToc).map(s => s.title ?? '').join('\n')
  return deck.slides.map((s) => {
    const shown = s.content.replace(/<!--[\s\S]*?-->/g, '')
    return reachedText(root, /<Toc\b/.test(shown) ? `${shown}\n${agenda}` : shown, s.frontmatter.layout as string | undefined, components)
  })
}

/**
 * The group of each character by where the talk first shows it: 0 for the opening slides'
 * (`firstSlideCharacters`), 1 + i for the characters chapter i of the talk plan shows first (the
 * opening slides' components and slide 3 belong to the first chapter), then one group for the
 * appendix after the last chapter. A character no slide shows (speaker notes, code comments)
 * has no group.
 */
export async function fontGroups(root: string): Promise<Map<string, number>> {
  const groups = new Map<string, number>()
  for (const ch of firstSlideCharacters(root))
    groups.set(ch, 0)
  const texts = await slideTexts(root)
  texts.forEach((text, i) => {
    const group = fontGroupOf(i + 1)
    for (const ch of text) {
      if (!groups.has(ch))
        groups.set(ch, group)
    }
  })
  return groups
}

/** Where a group's characters are shown, as a font file's name says it. */
export function groupName(group: number | undefined): string {
  if (group === 0)
    return 'opening'
  if (group === undefined)
    return 'rest'
  return group <= PLAN.length ? `chapter${group}` : 'appendix'
}

/**
 * @fontsource's Chinese characters of a weight in one file (its `chinese-simplified` subset), next
 * to the numbered slices of `cssPath`; undefined for a font without one.
 */
export function chineseSource(cssPath: string, weight: string): string | undefined {
  const file = join(dirname(cssPath), 'files', `${basename(dirname(cssPath))}-chinese-simplified-${weight}-normal.woff2`)
  return existsSync(file) ? file : undefined
}

/** @fontsource's numbered slices (`noto-sans-sc-42-400-normal.woff2`), which hold the Chinese characters. */
export const isNumberedSlice = (face: FontFace) => /-\d+-\d+-normal\.woff2$/.test(face.file)

/** Sorted characters → the shortest unicode-range listing exactly them (`U+41-43,U+4e00`). */
export function toUnicodeRange(chars: string[]): string {
  const cps = [...new Set(chars.map(c => c.codePointAt(0)!))].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < cps.length; i++) {
    let j = i
    while (j + 1 < cps.length && cps[j + 1] === cps[j] + 1)
      j++
    parts.push(j > i ? `U+${cps[i].toString(16)}-${cps[j].toString(16)}` : `U+${cps[i].toString(16)}`)
    i = j
  }
  return parts.join(',')
}

/** The characters of `chars` that fall in a face's unicode-range. */
export function charsInFace(face: FontFace, chars: Iterable<string>): string[] {
  return [...chars].filter((ch) => {
    const cp = ch.codePointAt(0)!
    return face.ranges.some(([a, b]) => cp >= a && cp <= b)
  }).sort()
}

/**
 * The code points a font file actually maps (its cmap), cached in `cacheDir` by file and size. A
 * @fontsource slice's unicode-range can be wider than its font: Noto Sans SC's last slice declares
 * U+1D40 (ᵀ) and U+207B (⁻) without having them, and a subset of only such characters has no
 * glyphs, which browsers reject ("OTS parsing error: glyf: zero-length table").
 */
export async function mappedCodePoints(file: string, cacheDir: string): Promise<Set<number>> {
  const key = createHash('sha256').update(file).update(String(statSync(file).size)).digest('hex').slice(0, 16)
  const cached = join(cacheDir, `cmap-${key}.json`)
  if (existsSync(cached))
    return new Set(JSON.parse(readFileSync(cached, 'utf8')) as number[])
  const [hb, { default: fontverter }] = await Promise.all([import('harfbuzzjs'), import('fontverter')])
  const sfnt = await fontverter.convert(readFileSync(file), 'truetype')
  const face = new hb.Face(new hb.Blob(sfnt))
  const points = [...face.collectUnicodes()]
  writeFileSync(cached, JSON.stringify(points))
  return new Set(points)
}

/** One font file written by `buildSubsetFonts`: its name, the font it was cut from, its characters. */
export interface SubsetFile {
  file: string
  family: string
  weight: string
  source: string
  chars: string
  /**
   * Where its characters are first shown: `opening`, `chapter1`... (in the talk plan's order),
   * `appendix` or `rest`; a slice's file is `opening` or `rest`.
   */
  group: string
}

/**
 * Subset the deck's fonts to the used characters, writing woff2 files and one CSS file into
 * `outDir` (files cached by content hash): Noto Sans SC's Chinese characters in one file per
 * weight and `fontGroups` group, every other character in its @fontsource slice, split into the
 * opening slides' characters and the rest. Returns the CSS file's path, the files and a summary.
 */
export async function buildSubsetFonts(root: string, outDir: string) {
  const { default: subsetFont } = await import('subset-font')
  const require = createRequire(join(root, 'package.json'))
  const chars = usedCharacters(root)
  const groups = await fontGroups(root)
  // the opening slides' characters (`firstSlideCharacters`), which `fontGroups` puts in group 0
  const opening = (ch: string) => groups.get(ch) === 0
  mkdirSync(outDir, { recursive: true })
  const rules: string[] = []
  const files: SubsetFile[] = []
  let bytes = 0
  const write = async (face: FontFace, source: string, part: string[], range: string, group: string) => {
    const text = part.join('')
    const hash = createHash('sha256').update(source).update(text).digest('hex').slice(0, 10)
    const name = `${face.family.replace(/\W+/g, '-').toLowerCase()}-${face.weight}-${group}-${hash}.woff2`
    const target = join(outDir, name)
    if (!existsSync(target))
      writeFileSync(target, await subsetFont(readFileSync(source), text, { targetFormat: 'woff2' }))
    bytes += statSync(target).size
    files.push({ file: name, family: face.family, weight: face.weight, source, chars: text, group })
    rules.push(`@font-face{font-family:'${face.family}';font-style:${face.style};font-display:swap;font-weight:${face.weight};src:url(./${name}) format('woff2');unicode-range:${range};}`)
  }
  for (const css of FONT_CSS) {
    const cssPath = require.resolve(css)
    const faces = parseFontFaces(cssPath)
    // each @fontsource CSS file is one weight; its Chinese characters come from the one-file
    // subset where it has one (none for JetBrains Mono), by group
    const chinese = chineseSource(cssPath, faces[0].weight)
    const inChinese = chinese ? await mappedCodePoints(chinese, outDir) : new Set<number>()
    const grouped = new Map<string, string[]>()
    for (const face of faces) {
      const mapped = await mappedCodePoints(face.file, outDir)
      const used = charsInFace(face, chars).filter(ch => mapped.has(ch.codePointAt(0)!))
      const isGrouped = (ch: string) => isNumberedSlice(face) && inChinese.has(ch.codePointAt(0)!)
      for (const ch of used.filter(isGrouped)) {
        const group = groupName(groups.get(ch))
        const part = grouped.get(group) ?? []
        grouped.set(group, part)
        part.push(ch)
      }
      const sliced = used.filter(ch => !isGrouped(ch))
      // the opening slides' characters and the rest: disjoint parts, each its own file
      const parts = [sliced.filter(opening), sliced.filter(ch => !opening(ch))].filter(p => p.length)
      for (const part of parts) {
        // a whole slice may keep the slice's own range when that is shorter; a split part may not
        const exact = toUnicodeRange(part)
        const range = parts.length > 1 || exact.length < face.unicodeRange.length ? exact : face.unicodeRange
        await write(face, face.file, part, range, opening(part[0]) ? 'opening' : 'rest')
      }
    }
    for (const [group, part] of grouped)
      await write(faces.find(isNumberedSlice)!, chinese!, part.sort(), toUnicodeRange(part), group)
  }
  const cssPath = join(outDir, 'deck-fonts.css')
  writeFileSync(cssPath, `${rules.join('\n')}\n`)
  // one Han character of each group that every weight's file of the group holds (no other face's
  // range has it, so fetching the faces for it fetches just these files); only the group files
  // hold Han characters
  const han = /\p{Script=Han}/u
  const samples = Array.from({ length: PLAN.length + 2 }, (_, g) => {
    const mine = files.filter(f => f.group === groupName(g) && han.test(f.chars))
    return [...mine[0]?.chars ?? ''].find(ch => han.test(ch) && mine.every(f => f.chars.includes(ch))) ?? ''
  })
  return { cssPath, files, faces: files.length, bytes, characters: chars.size, samples }
}

/**
 * Vite plugin serving `virtual:deck-fonts.css`: full fonts in dev, subset fonts in a build; and
 * `virtual:deck-font-groups`, one Chinese character of each font group (`fontGroups`, index =
 * group), with which the preloader fetches a group's files ahead of its chapter (none in dev,
 * where there are no groups).
 */
export function deckFonts(root: string): Plugin {
  let cssPath = ''
  let samples: string[] = []
  return {
    name: 'deck-fonts',
    enforce: 'pre',
    async configResolved(config) {
      const outDir = join(root, 'node_modules/.cache/deck-fonts')
      if (config.command === 'build') {
        const r = await buildSubsetFonts(root, outDir)
        cssPath = r.cssPath
        samples = r.samples
        config.logger.info(`deck-fonts: ${r.characters} characters → ${r.faces} font files, ${(r.bytes / 1024).toFixed(0)} KiB`)
      }
      else {
        mkdirSync(outDir, { recursive: true })
        cssPath = join(outDir, 'deck-fonts-dev.css')
        writeFileSync(cssPath, FONT_CSS.map(c => `@import '${c}';`).join('\n'))
      }
    },
    resolveId(id) {
      if (id === VIRTUAL_ID)
        return cssPath
      if (id === GROUPS_ID)
        return `\0${GROUPS_ID}`
    },
    load(id) {
      if (id === `\0${GROUPS_ID}`)
        return `export default ${JSON.stringify(samples)}`
    },
  }
}
