import { defineKatexSetup } from '@slidev/types'

// HTML output only: KaTeX's hidden MathML copy would be laid out with system math fonts, which
// the deck does not ship (and which would end up in the exported PDF). The HTML output uses the
// KaTeX fonts bundled with the build.
export default defineKatexSetup(() => ({
  output: 'html',
}))
