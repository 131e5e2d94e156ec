// `npm run build [-- --base /sub/path/]`: the hosted build. Builds the site into dist/ and, with
// Slidev's --download, exports the PDF into it (dist/slidev-exported.pdf) so the site's download
// button offers it without any network. Chromium is found like the tests find it; without one
// this fails with instructions (use `npx slidev build` for a site without the PDF).
import { spawnSync } from 'node:child_process'
import { findChromium } from './lib/chromium.mjs'

const args = ['slidev', 'build', '--download', '--executable-path', findChromium(), ...process.argv.slice(2)]
const run = spawnSync('npx', args, { stdio: 'inherit' })
process.exit(run.status ?? 1)
