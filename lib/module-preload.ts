/**
 * Vite's `build.modulePreload.resolveDependencies`: which JS chunks are preloaded next to a chunk.
 * index.html keeps its `<link rel="modulepreload">` tags (the first slide's scripts arrive in
 * parallel with the entry); a dynamic import, which is how every slide's chunk is loaded (by the
 * preloader, lib/preloader.ts, or a navigation), lists no JS chunks to preload. Its CSS is still
 * loaded with it: Vite passes only JS chunks here.
 *
 * Vite's helper otherwise ran through each slide chunk's dependency list when the chunk was
 * imported, and put a `<link rel="modulepreload">` into the document's head for every chunk not
 * seen before, in the middle of a presenter's slide changes. Measured in the bench's rapid loop
 * (`npm run bench`'s own loop, two batches of 8 interleaved runs, 488 switches a side): key press
 * to the slide on screen, median 48 and 48 ms against 56 and 56 ms; switches over 150 ms 1 and 8
 * against 13 and 13. The cost falls on a reader's first visit to a deep link over a slow network:
 * a slide's own imports are requested once its chunk has arrived, one round trip later.
 */
export function preloadFromHtmlOnly(_file: string, deps: string[], { hostType }: { hostType: 'html' | 'js' }): string[] {
  return hostType === 'html' ? deps : []
}
