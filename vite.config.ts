import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { deckFonts } from './lib/deck-fonts.ts'
import { inlineFaviconPlugin } from './lib/inline-favicon.ts'
import { preloadFromHtmlOnly } from './lib/module-preload.ts'
import { rapidSlideshow } from './lib/slideshow-patch.ts'

export default defineConfig({
  plugins: [
    // `virtual:deck-fonts.css`: full @fontsource fonts in dev, subset to the deck's characters in a build
    deckFonts(fileURLToPath(new URL('.', import.meta.url))),
    // a rapid slide change gets its transition without CSS (lib/slideshow-patch.ts)
    rapidSlideshow(fileURLToPath(new URL('./lib/preloader.ts', import.meta.url))),
    // the tab icon as a `data:` URL: Chromium fetches it again on every slide change
    inlineFaviconPlugin(fileURLToPath(new URL('./public', import.meta.url))),
  ],
  build: {
    // font slices stay separate files, fetched only when a slide needs their characters
    assetsInlineLimit: (file: string) => (file.endsWith('.woff2') ? false : undefined),
    // Lightning CSS (Vite's default minifier) rejects the `--uno:` declarations that Slidev's own
    // code.css leaves behind ("Invalid token in pseudo element"); esbuild minifies them fine.
    cssMinify: 'esbuild',
    // a slide's chunk is imported without a modulepreload link for each of its JS imports
    // (lib/module-preload.ts); index.html keeps its own
    modulePreload: { resolveDependencies: preloadFromHtmlOnly },
  },
})
