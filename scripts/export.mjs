// `npm run export [-- extra slidev export flags]`: export the deck to PDF with a Chromium found the
// same way the tests find it ($CHROMIUM_PATH, Playwright's browser, /usr/bin/chromium).
//   npm run export                      → llm-inference-engines.pdf, one page per slide
//   npm run export -- --with-clicks     → one page per click step
//   npm run export -- --dark --output deck-dark.pdf
import { spawnSync } from 'node:child_process'
import { findChromium } from './lib/chromium.mjs'

// Slidev waits 30 s for the print page to load every slide from its dev server; on a 2-core
// machine the page of every click step once took longer (a clean clone's CI run), so 2 minutes,
// unless the command line sets its own
const extra = process.argv.slice(2)
const timeout = extra.some(a => a.startsWith('--timeout')) ? [] : ['--timeout', '120000']
const args = ['slidev', 'export', '--executable-path', findChromium(), ...timeout, ...extra]
const run = spawnSync('npx', args, { stdio: 'inherit' })
process.exit(run.status ?? 1)
