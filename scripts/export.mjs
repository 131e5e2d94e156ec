// `npm run export [-- extra slidev export flags]`: export the deck to PDF with a Chromium found the
// same way the tests find it ($CHROMIUM_PATH, Playwright's browser, /usr/bin/chromium).
//   npm run export                      → llm-inference-engines.pdf, one page per slide
//   npm run export -- --with-clicks     → one page per click step
//   npm run export -- --dark --output deck-dark.pdf
import { spawnSync } from 'node:child_process'
import { findChromium } from './lib/chromium.mjs'

const args = ['slidev', 'export', '--executable-path', findChromium(), ...process.argv.slice(2)]
const run = spawnSync('npx', args, { stdio: 'inherit' })
process.exit(run.status ?? 1)
