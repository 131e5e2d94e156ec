import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { inlineFavicon, inlineFaviconPlugin } from '../../lib/inline-favicon'

const publicDir = new URL('../../public/', import.meta.url)
const icon = readFileSync(new URL('favicon.png', publicDir))

describe('the tab icon inlined into index.html (lib/inline-favicon.ts)', () => {
  const html = '<head>\n<title>x</title>\n<link rel="icon" href="/favicon.png">\n<link rel="stylesheet" href="/a.css">\n</head>'

  it('replaces the headmatter\'s favicon link with a data: URL of the public file, and nothing else', () => {
    const out = inlineFavicon(html, file => readFileSync(new URL(file, publicDir)))
    const href = /<link rel="icon" href="data:image\/png;base64,([\w+/=]+)">/.exec(out)?.[1]
    expect(Buffer.from(href!, 'base64').equals(icon)).toBe(true)
    expect(out.replace(/data:image\/png;base64,[\w+/=]+/, '/favicon.png')).toBe(html)
  })

  it('fails the build when index.html has no PNG icon link to inline', () => {
    expect(() => inlineFavicon('<head><link rel="icon" href="/favicon.svg"></head>', () => icon)).toThrow(/needs updating/)
    expect(() => inlineFavicon('<head></head>', () => icon)).toThrow(/needs updating/)
  })

  it('is the plugin\'s index.html hook, run before Vite prefixes the base, reading the public folder', () => {
    const hook = inlineFaviconPlugin(publicDir.pathname).transformIndexHtml as { order: string, handler: (html: string) => string }
    expect(hook.order).toBe('pre')
    expect(hook.handler(html)).toContain(`data:image/png;base64,${icon.toString('base64')}`)
  })
})
