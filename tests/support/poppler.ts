import { execFileSync } from 'node:child_process'

/** Run a poppler tool; a missing one is an error that says how to install it. */
export function poppler(tool: 'pdfinfo' | 'pdftotext' | 'pdffonts' | 'pdftohtml', args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  }
  catch (e: any) {
    if (e.code === 'ENOENT')
      throw new Error(`${tool} not found: install poppler-utils (Debian: apt-get install poppler-utils)`)
    throw e
  }
}

/** Page count of a PDF. */
export function pdfPages(file: string): number {
  return Number(poppler('pdfinfo', [file]).match(/^Pages:\s+(\d+)/m)?.[1])
}

/** The titles of a PDF's outline (bookmarks), in order, nested entries included. */
export function outlineTitles(file: string): string[] {
  const xml = poppler('pdftohtml', ['-xml', '-i', '-stdout', '-q', file])
  const outline = xml.match(/<outline>[\s\S]*<\/outline>/)?.[0] ?? ''
  const unescape = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&amp;/g, '&')
  return [...outline.matchAll(/<item[^>]*>([^<]*)<\/item>/g)].map(m => unescape(m[1]).trim())
}

/** Talk slides (1-based) whose title is missing from the outline, as `slide N: "title"`. */
export function missingFromOutline(file: string, titles: (string | undefined)[]): string[] {
  const outline = new Set(outlineTitles(file))
  return titles.map((t, i) => ({ no: i + 1, t })).filter(s => !s.t || !outline.has(s.t)).map(s => `slide ${s.no}: "${s.t ?? ''}"`)
}
