// Where Chromium is and how to launch it, shared by the e2e tests and the scripts.
// Order: $CHROMIUM_PATH, then Playwright's own download (if one was ever installed), then Debian's
// /usr/bin/chromium. None found is an error with instructions, never a silent skip.
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-chromium'

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
]

/** @returns {string} absolute path of a Chromium binary */
export function findChromium() {
  const tried = []
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (existsSync(fromEnv))
      return fromEnv
    tried.push(`$CHROMIUM_PATH=${fromEnv} (missing)`)
  }
  try {
    const own = chromium.executablePath()
    if (own && existsSync(own))
      return own
    tried.push(`Playwright's browser ${own} (not downloaded)`)
  }
  catch (e) {
    tried.push(`Playwright's browser (${e.message})`)
  }
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(p))
      return p
    tried.push(p)
  }
  throw new Error(
    `No Chromium found. Tried: ${tried.join('; ')}.\n`
    + 'Install one (Debian: `apt-get install chromium`) or set CHROMIUM_PATH to a Chromium binary.',
  )
}

/** Launch headless Chromium with the flags that behave on a machine without network. */
export function launchChromium() {
  return chromium.launch({ executablePath: findChromium(), args: LAUNCH_ARGS, headless: true })
}
