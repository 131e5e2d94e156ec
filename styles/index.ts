// Fonts ship with the project (headmatter sets fonts.provider: 'none'): no request leaves the host.
// `virtual:deck-fonts.css` (lib/deck-fonts.ts) is Noto Sans SC 400/700 and JetBrains Mono 400 from
// @fontsource: whole in dev, subset to the characters the deck uses in a build.
import 'virtual:deck-fonts.css'
import './deck.css'
