// Screenshots of slides at every click step, light and dark, for looking at what was built.
//   node scripts/shoot.mjs [--from 4] [--to 6] [--out shots] [--dist dist | --url http://localhost:3030/]
// With --dist (default: dist, built with `npx slidev build`), the folder is served on 127.0.0.1
// (add --base /talk/ for a build made with that base, such as the e2e build in .e2e/dist).
// With --url, an already running `npx slidev --port N` is used (faster while editing).
// Prints overflow, text or figures running into the source note, foreign-font and too-small-text findings per step (and, in light mode, the
// smallest text per category, in canvas px); files are shots/NN-cK-light.png.
import { mkdirSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { launchChromium } from './lib/chromium.mjs'
import { footerOverlap, foreignGlyphs, leakedMarkup, openDeck, overflowReport, slideState, smallestText, stepForward, textSizes, tooSmall } from './lib/deck.mjs'
import { serveDist } from './lib/serve.mjs'

const { values: opt } = parseArgs({
  options: {
    from: { type: 'string', default: '1' },
    to: { type: 'string', default: '999' },
    out: { type: 'string', default: 'shots' },
    dist: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    url: { type: 'string' },
    scheme: { type: 'string', default: 'both' },
    width: { type: 'string', default: '1280' },
  },
})

const server = opt.url ? null : await serveDist(opt.dist, opt.base)
const baseUrl = opt.url ?? server.url
mkdirSync(opt.out, { recursive: true })
const browser = await launchChromium()
const schemes = opt.scheme === 'both' ? ['light', 'dark'] : [opt.scheme]
let problems = 0
for (const scheme of schemes) {
  const page = await browser.newPage({ viewport: { width: Number(opt.width), height: Math.round(Number(opt.width) * 9 / 16) } })
  page.on('pageerror', e => console.log(`[${scheme}] page error: ${e.message}`))
  page.on('console', m => m.type() === 'error' && console.log(`[${scheme}] console error: ${m.text()}`))
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  await openDeck(page, baseUrl, opt.from, scheme)
  for (;;) {
    const { no, clicks } = await slideState(page)
    if (no > Number(opt.to))
      break
    const name = `${String(no).padStart(2, '0')}-c${clicks}-${scheme}`
    await page.screenshot({ path: `${opt.out}/${name}.png` })
    const runs = scheme === 'light' ? await textSizes(page, no) : []
    const findings = [...await overflowReport(page, no), ...await leakedMarkup(page, no), ...await footerOverlap(page, no), ...(scheme === 'light' ? [...await foreignGlyphs(cdp, no), ...tooSmall(runs)] : [])]
    problems += findings.length
    console.log(`${name}${runs.length ? `  smallest: ${smallestText(runs)}` : ''}${findings.length ? `\n  ${findings.join('\n  ')}` : ''}`)
    if (!await stepForward(page))
      break
  }
  await page.close()
}
await browser.close()
await server?.close()
console.log(problems ? `${problems} finding(s)` : 'no findings')
