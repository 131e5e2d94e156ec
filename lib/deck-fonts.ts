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
 * The opening slides' characters get files of their own: a slice's used characters are written as
 * two files with disjoint unicode-ranges, one with the characters on slides 1-2 (`OPENING_SLIDES`)
 * and one with the rest, so opening the deck fetches a few small files instead of every slice the
 * cover touches in full, and the first → finds slide 2's glyphs already there.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Plugin } from 'vite'

export const FONT_CSS = [
  '@fontsource/noto-sans-sc/400.css',
  '@fontsource/noto-sans-sc/700.css',
  '@fontsource/jetbrains-mono/400.css',
]

/** Folders and files whose text can reach the screen (slides, notes, figures, code shown). */
export const TEXT_SOURCES = ['slides.md', 'pages', 'components', 'layouts', 'snippets', 'lib', 'styles', 'setup']

const VIRTUAL_ID = 'virtual:deck-fonts.css'

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

/**
 * Subset every face to the used characters it covers, writing woff2 files and one CSS file into
 * `outDir` (cached by content hash). Returns the CSS file's path and a summary.
 */
export async function buildSubsetFonts(root: string, outDir: string) {
  const { default: subsetFont } = await import('subset-font')
  const require = createRequire(join(root, 'package.json'))
  const chars = usedCharacters(root)
  const cover = firstSlideCharacters(root)
  mkdirSync(outDir, { recursive: true })
  const rules: string[] = []
  let faces = 0
  let bytes = 0
  for (const css of FONT_CSS) {
    for (const face of parseFontFaces(require.resolve(css))) {
      const mapped = await mappedCodePoints(face.file, outDir)
      const used = charsInFace(face, chars).filter(ch => mapped.has(ch.codePointAt(0)!))
      // the cover's characters and the rest: disjoint parts, each its own file
      const parts = [used.filter(ch => cover.has(ch)), used.filter(ch => !cover.has(ch))].filter(p => p.length)
      for (const part of parts) {
        const text = part.join('')
        const hash = createHash('sha256').update(face.file).update(text).digest('hex').slice(0, 10)
        const name = `${face.family.replace(/\W+/g, '-').toLowerCase()}-${face.weight}-${hash}.woff2`
        const target = join(outDir, name)
        if (!existsSync(target))
          writeFileSync(target, await subsetFont(readFileSync(face.file), text, { targetFormat: 'woff2' }))
        bytes += statSync(target).size
        faces++
        // a whole slice may keep the slice's own range when that is shorter; a split part may not
        const exact = toUnicodeRange(part)
        const range = parts.length > 1 || exact.length < face.unicodeRange.length ? exact : face.unicodeRange
        rules.push(`@font-face{font-family:'${face.family}';font-style:${face.style};font-display:swap;font-weight:${face.weight};src:url(./${name}) format('woff2');unicode-range:${range};}`)
      }
    }
  }
  const cssPath = join(outDir, 'deck-fonts.css')
  writeFileSync(cssPath, `${rules.join('\n')}\n`)
  return { cssPath, faces, bytes, characters: chars.size }
}

/** Vite plugin serving `virtual:deck-fonts.css`: full fonts in dev, subset fonts in a build. */
export function deckFonts(root: string): Plugin {
  let cssPath = ''
  return {
    name: 'deck-fonts',
    enforce: 'pre',
    async configResolved(config) {
      const outDir = join(root, 'node_modules/.cache/deck-fonts')
      if (config.command === 'build') {
        const r = await buildSubsetFonts(root, outDir)
        cssPath = r.cssPath
        config.logger.info(`deck-fonts: ${r.characters} characters → ${r.faces} font slices, ${(r.bytes / 1024).toFixed(0)} KiB`)
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
    },
  }
}
