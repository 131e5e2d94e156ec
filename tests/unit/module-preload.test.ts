import { describe, expect, it } from 'vitest'
import config from '../../vite.config'
import { preloadFromHtmlOnly } from '../../lib/module-preload'

describe('modulepreload links (lib/module-preload.ts)', () => {
  const deps = ['assets/a.js', 'assets/b.js']

  it('keeps index.html\'s and lists none for a dynamic import (a slide\'s chunk)', () => {
    expect(preloadFromHtmlOnly('index.html', deps, { hostId: 'index.html', hostType: 'html' } as never)).toEqual(deps)
    expect(preloadFromHtmlOnly('assets/md.js', deps, { hostId: 'assets/index.js', hostType: 'js' } as never)).toEqual([])
  })

  it('is what the build uses', () => {
    const modulePreload = (config as { build: { modulePreload: { resolveDependencies: unknown } } }).build.modulePreload
    expect(modulePreload.resolveDependencies).toBe(preloadFromHtmlOnly)
  })
})
