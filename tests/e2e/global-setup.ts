import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { findChromium } from '../../scripts/lib/chromium.mjs'
import { ROOT } from '../support/deck-source'

/** The sub-path the e2e build is served under, as on GitHub Pages. */
export const BASE = '/talk/'

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string
    chromium: string
    buildSeconds: number
  }
}

// Build the deck once for all e2e files, the way `npm run build` does (site + PDF for the download
// button). A missing browser fails here, loudly, before any test.
export default function setup(project: TestProject) {
  const chromium = findChromium()
  const distDir = join(ROOT, '.e2e/dist')
  rmSync(distDir, { recursive: true, force: true })
  const t0 = performance.now()
  execFileSync('node', ['scripts/build.mjs', '--base', BASE, '--out', distDir], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, CHROMIUM_PATH: chromium } })
  const buildSeconds = (performance.now() - t0) / 1000
  console.log(`[e2e] built the deck under ${BASE} in ${buildSeconds.toFixed(1)} s; Chromium: ${chromium}`)
  project.provide('distDir', distDir)
  project.provide('chromium', chromium)
  project.provide('buildSeconds', buildSeconds)
}
