// `npm run export:notes`: the speaker-notes handout, in Markdown and as a PDF, from the slides'
// notes as @slidev/parser reads them (`slidev export-notes` cannot be pointed at a browser here).
//   node scripts/export-notes.mjs [--out-dir .] [--name llm-inference-engines-notes]
// The PDF is printed by Chromium from a page that uses the deck's own shipped font.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { load } from '@slidev/parser/fs'
import { createJiti } from 'jiti'
import { launchChromium } from './lib/chromium.mjs'

const { PLAN, TALK_MINUTES, speakingMinutes } = await createJiti(import.meta.url).import('../lib/talk-plan.ts')

const ROOT = resolve(import.meta.dirname, '..')
const { values: opt } = parseArgs({
  options: {
    'out-dir': { type: 'string', default: '.' },
    'name': { type: 'string', default: 'llm-inference-engines-notes' },
  },
})

/** `[click]` → ①, `[click:3]` → ③: the step the following words go with. */
function clickMarks(note) {
  let at = 0
  return note.replace(/\[click(?::(\d+))?\]/g, (_, n) => {
    at = n === undefined ? at + 1 : Number(n)
    return `〔点击 ${at}〕`
  })
}

/** The handout as Markdown: one section per slide, numbered as in the deck. */
export function notesMarkdown(deck) {
  const title = deck.headmatter.title ?? 'Slides'
  const lines = [`# ${title}：讲稿`, '', `共 ${deck.slides.length} 页。〔点击 n〕表示第 n 次点击之后要讲的内容。`, '']
  lines.push(`## 时间安排（共 ${TALK_MINUTES} 分钟）`, '')
  for (const c of PLAN) {
    const said = deck.slides.slice(c.from - 1, c.to).reduce((sum, s) => sum + speakingMinutes(s.note), 0)
    lines.push(`- **${c.title}**（第 ${c.from}-${c.to} 页）：${c.minutes} 分钟，讲稿约 ${said.toFixed(1)} 分钟`)
  }
  lines.push('')
  deck.slides.forEach((s, i) => {
    // the slide's own heading (a chapter opener's `title:` is its short agenda entry)
    const heading = s.content.match(/^#\s+(.+)$/m)?.[1] ?? s.title ?? '（无标题）'
    lines.push(`## ${i + 1}. ${heading}`, '')
    lines.push(s.note?.trim() ? clickMarks(s.note.trim()) : '（本页无讲稿）', '')
  })
  return `${lines.join('\n').trim()}\n`
}

const escape = t => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
function inline(t) {
  return escape(t)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/〔点击 (\d+)〕/g, '<span class="click">点击 $1</span>')
}

/** Minimal Markdown → HTML for the handout: headings and paragraphs, bold and code inline. */
function toHtml(md, fontCss) {
  const body = md.split(/\n{2,}/).map((block) => {
    const h = block.match(/^(#{1,2}) (.*)$/)
    if (h)
      return `<h${h[1].length}>${inline(h[2])}</h${h[1].length}>`
    if (block.startsWith('- '))
      return `<ul>${block.split('\n').map(l => `<li>${inline(l.replace(/^- /, ''))}</li>`).join('')}</ul>`
    return `<p>${inline(block).replace(/\n/g, '<br>')}</p>`
  }).join('\n')
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
${fontCss.map(href => `<link rel="stylesheet" href="${href}">`).join('\n')}
<style>
body { font-family: 'Noto Sans SC', sans-serif; font-size: 11pt; line-height: 1.7; color: #1f2933; margin: 0; }
h1 { font-size: 20pt; margin: 0 0 6pt; }
h2 { font-size: 13pt; margin: 16pt 0 4pt; padding-top: 6pt; border-top: 1px solid #d3d8de; break-after: avoid; }
p { margin: 4pt 0; }
code { font-family: 'JetBrains Mono', 'Noto Sans SC', monospace; font-size: 10pt; }
.click { display: inline-block; font-size: 8.5pt; padding: 0 5pt; margin-right: 3pt; border-radius: 8pt; background: #e3f2f7; color: #1d5566; }
</style></head><body>
${body}
</body></html>`
}

const deck = await load({ roots: [ROOT], userRoot: ROOT }, join(ROOT, 'slides.md'))
const md = notesMarkdown(deck)
const outDir = resolve(opt['out-dir'])
const mdPath = join(outDir, `${opt.name}.md`)
const pdfPath = join(outDir, `${opt.name}.pdf`)
writeFileSync(mdPath, md)

const fontCss = [
  '@fontsource/noto-sans-sc/400.css',
  '@fontsource/noto-sans-sc/700.css',
  '@fontsource/jetbrains-mono/400.css',
].map(p => pathToFileURL(join(ROOT, 'node_modules', p)).href)
const tmp = mkdtempSync(join(tmpdir(), 'notes-'))
const htmlPath = join(tmp, 'notes.html')
writeFileSync(htmlPath, toHtml(md, fontCss))
const browser = await launchChromium()
try {
  const page = await browser.newPage()
  await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'networkidle' })
  await page.evaluate(() => document.fonts.ready)
  await page.pdf({
    path: pdfPath,
    format: 'A4',
    margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
  })
}
finally {
  await browser.close()
  rmSync(tmp, { recursive: true, force: true })
}
console.log(`notes handout: ${mdPath}\n               ${pdfPath}`)
