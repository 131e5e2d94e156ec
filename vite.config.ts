import { defineConfig } from 'vite'

export default defineConfig({
  build: {
    // Lightning CSS (Vite's default minifier) rejects the `--uno:` declarations that Slidev's own
    // code.css leaves behind ("Invalid token in pseudo element"); esbuild minifies them fine.
    cssMinify: 'esbuild',
  },
})
