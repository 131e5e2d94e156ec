// Generates the deck's own cover art: a grid of GPU "SM" tiles with streams of tokens flowing
// through it (prefill tokens in warm colours, decode tokens in cool ones), as public/cover.svg, and
// public/cover.jpg, the SVG drawn by Chromium and saved as a JPEG, which is what the cover shows:
// `node scripts/make-cover.mjs` (needs Chromium, scripts/lib/chromium.mjs). The SVG is seeded, so
// re-running it gives the same file; the JPEG is the same picture (tests/e2e/deck.test.ts).
//
// The cover shows the JPEG, not the SVG: whenever Chromium rasters the cover's layer again (the
// slide transition of the first slide change starts and ends it), an SVG background has its ~480
// shapes drawn again, while a JPEG, decoded once, is only copied. On the bench machine's two cores
// the 0.7 s after the first press held 170-290 ms of tile raster work with the SVG and 74-80 ms
// with this JPEG (traced, 3 runs each), in the middle of the deck's first slide changes. A JPEG,
// not a WebP or a PNG: a PDF export embeds a JPEG as it is, and at 1920 x 1080, quality 0.75, it
// is some 75 KB, where a lossless PNG is 1.2 MB.
import { writeFileSync } from 'node:fs'
import { launchChromium } from './lib/chromium.mjs'

const W = 1920
const H = 1080
let seed = 20241125
function rand() {
  seed = (seed * 1664525 + 1013904223) % 4294967296
  return seed / 4294967296
}
const r1 = v => Math.round(v * 10) / 10
// shortest number text: 0.1 → .1
const n = v => String(v).replace(/^0\./, '.')

const parts = []
// SM tiles: a 16 x 9 grid, brighter towards the right.
const COLS = 16
const ROWS = 9
const TILE = 84
const GAP = 36
const ox = (W - (COLS * TILE + (COLS - 1) * GAP)) / 2
const oy = (H - (ROWS * TILE + (ROWS - 1) * GAP)) / 2
for (let r = 0; r < ROWS; r++) {
  for (let c = 0; c < COLS; c++) {
    const x = ox + c * (TILE + GAP)
    const y = oy + r * (TILE + GAP)
    const o = r1(0.05 + 0.12 * (c / COLS) + 0.05 * rand())
    parts.push(`<use href="#t" x="${n(r1(x))}" y="${n(r1(y))}" stroke-opacity="${n(o)}"/>`)
    // four sub-partitions per SM
    if (rand() < 0.35) {
      parts.push(`<use href="#p" x="${n(r1(x))}" y="${n(r1(y))}" fill-opacity="${n(r1(o * 0.6 * 100) / 100)}"/>`)
    }
  }
}
// Token streams: smooth waves across the canvas, tokens as small rounded squares along them.
const STREAMS = 7
for (let i = 0; i < STREAMS; i++) {
  const y0 = 160 + i * 125 + rand() * 40
  const amp = 40 + rand() * 70
  const phase = rand() * Math.PI * 2
  const warm = i % 3 === 0
  const colour = warm ? '#ffb86b' : '#6cc6ff'
  const pts = []
  for (let x = -40; x <= W + 40; x += 40)
    pts.push([x, y0 + amp * Math.sin(x / 300 + phase)])
  const d = pts.map((p, k) => `${k ? 'L' : 'M'}${r1(p[0])} ${r1(p[1])}`).join('')
  parts.push(`<g fill="${colour}"><path d="${d}" fill="none" stroke="${colour}" stroke-opacity=".28" stroke-width="2"/>`)
  for (let x = 60 + rand() * 80; x < W; x += 70 + rand() * 110) {
    const y = y0 + amp * Math.sin(x / 300 + phase)
    const s = 10 + rand() * 8
    parts.push(`<rect x="${n(r1(x - s / 2))}" y="${n(r1(y - s / 2))}" width="${n(r1(s))}" height="${n(r1(s))}" rx="3" fill-opacity="${n(r1(0.35 + rand() * 0.5))}"/>`)
  }
  parts.push('</g>')
}
// one SM tile and its four sub-partitions, placed with <use>
const S = (TILE - 18) / 2
const tile = `<rect id="t" width="${TILE}" height="${TILE}" rx="10" fill="none" stroke="#7fd3e6" stroke-width="2"/>`
const quads = [[6, 6], [12 + S, 6], [6, 12 + S], [12 + S, 12 + S]]
  .map(([dx, dy]) => `<rect x="${dx}" y="${dy}" width="${S}" height="${S}" rx="4"/>`).join('')
const part = `<g id="p" fill="#7fd3e6">${quads}</g>`

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">
<defs>
<linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
<stop offset="0" stop-color="#0b1d2a"/><stop offset="0.55" stop-color="#123848"/><stop offset="1" stop-color="#1d5566"/>
</linearGradient>
<radialGradient id="glow" cx="0.5" cy="0.48" r="0.55">
<stop offset="0" stop-color="#0b1d2a" stop-opacity="0.75"/><stop offset="1" stop-color="#0b1d2a" stop-opacity="0"/>
</radialGradient>
${tile}
${part}
</defs>
<rect width="${W}" height="${H}" fill="url(#bg)"/>
${parts.join('\n')}
<rect width="${W}" height="${H}" fill="url(#glow)"/>
</svg>
`
writeFileSync(new URL('../public/cover.svg', import.meta.url), svg)
console.log(`public/cover.svg: ${svg.length} bytes`)

// JPEG quality of public/cover.jpg (0-1, the canvas encoder's)
const JPEG_QUALITY = 0.75

const browser = await launchChromium()
const page = await browser.newPage()
const dataUrl = await page.evaluate(async ({ svg, W, H, q }) => {
  const img = new Image()
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  await img.decode()
  const canvas = Object.assign(document.createElement('canvas'), { width: W, height: H })
  canvas.getContext('2d').drawImage(img, 0, 0, W, H)
  return canvas.toDataURL('image/jpeg', q)
}, { svg, W, H, q: JPEG_QUALITY })
await browser.close()
const jpeg = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64')
writeFileSync(new URL('../public/cover.jpg', import.meta.url), jpeg)
console.log(`public/cover.jpg: ${jpeg.length} bytes`)
