// Fonts ship with the project (headmatter sets fonts.provider: 'none'): no request leaves the host.
// Noto Sans SC is split by @fontsource into unicode-range subsets, so a page fetches only the
// subsets holding the glyphs it shows.
import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/700.css'
import '@fontsource/jetbrains-mono/400.css'
import './deck.css'
