import { defineAppSetup } from '@slidev/types'
import { pushWithoutRewrite } from '../lib/history-push'

/**
 * A slide change adds one history entry, without first rewriting the one it leaves
 * (lib/history-push.ts).
 *
 * PDF export waits for the deck's fonts.
 *
 * The Chinese font comes in ~100 unicode-range slices that the browser fetches only once text
 * needing them is laid out. `slidev export` prints after network idle, which can come before the
 * last slices arrive on a busy machine; those characters then print as blanks (seen in the e2e
 * PDF test: 「浅」 and 「优」 missing). Slidev's exporter waits for every `[data-waitfor]`
 * element's selector to become visible. index.html puts such a gate at the top of <body>, so it
 * is there before the app mounts (the exporter looks for it right after network idle, and on a
 * loaded machine it once printed 62 blank pages when the gate was added only after routing);
 * here, in print mode, its target is added once every face the printed text needs has loaded
 * (`document.fonts.load` with that text). Outside print mode the gate is removed.
 */
export default defineAppSetup(({ router }) => {
  if (typeof document === 'undefined')
    return
  pushWithoutRewrite(router.options.history)
  let started = false
  router.afterEach((to) => {
    const gate = document.querySelector<HTMLElement>('[data-deck-fonts]')
    const printing = to.query.print !== undefined || to.path.endsWith('/print')
    if (!printing) {
      gate?.remove()
      return
    }
    if (!gate || started)
      return
    started = true
    // first in <body>: left after #app it adds a blank last page to the PDF
    document.body.prepend(gate)
    void loadPrintedFonts().then(() => {
      const ready = document.createElement('div')
      ready.className = 'deck-fonts-ready'
      ready.style.cssText = 'width:1px;height:1px'
      gate.append(ready)
    })
  })
})

const FACES = ['400 16px "Noto Sans SC"', '700 16px "Noto Sans SC"', '400 16px "JetBrains Mono"']
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms))

/** Waits until the printed slides have rendered, then loads every font slice their text uses. */
async function loadPrintedFonts() {
  let last = ''
  // rendered = no slide still loading and the text has stopped changing for one round
  for (let round = 0; round < 200; round++) {
    await sleep(100)
    const text = document.body.textContent ?? ''
    if (!document.querySelector('.slidev-slide-loading') && text === last && text.length > 0)
      break
    last = text
  }
  await Promise.all(FACES.map(face => document.fonts.load(face, last).catch(() => [])))
  await document.fonts.ready
}
