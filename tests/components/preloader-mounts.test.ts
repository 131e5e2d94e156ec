import type { SlideRoute } from '@slidev/types'
import { describe, expect, it } from 'vitest'
import { MOUNT_GAP_MS, startPreloader } from '../../lib/preloader'

const wait = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))
const frame = () => new Promise(resolve => requestAnimationFrame(resolve))

describe('the preloader\'s mounts (lib/preloader.ts)', () => {
  it('mounts a slide ahead a gap after a frame, and not while changes keep coming faster than that', async () => {
    Object.defineProperty(document, 'fonts', { configurable: true, value: { load: () => Promise.resolve([]), forEach: () => {} } })
    const loads: number[] = []
    const routes = Array.from({ length: 8 }, (_, i) => ({
      no: i + 1,
      meta: { __preloaded: i === 0 },
      load: () => (loads.push(i + 1), Promise.resolve()),
    }) as unknown as SlideRoute)
    const mounted = () => routes.filter(r => r.meta.__preloaded).map(r => r.no)
    let current = 1
    const navigated = startPreloader(() => routes[current - 1], () => [current + 1, current + 2, current - 1].filter(n => n >= 1 && n <= 8).map(n => routes[n - 1]))!

    // opening: the next slide's code is fetched after the first frame, and mounted a gap later
    await frame()
    await wait(5)
    expect(loads).toContain(2)
    expect(mounted()).toEqual([1])
    await wait(MOUNT_GAP_MS + 40)
    expect(mounted()).toContain(2)

    // changes coming faster than the gap (a held key): nothing more is mounted, though the code
    // of the slides ahead is fetched, so the slide Slidev shows next has it
    // (a slide once on screen stays mounted: that is Slidev's mount, not one ahead)
    const before = mounted()
    const shown = new Set([current])
    for (let i = 0; i < 8; i++) {
      current = Math.min(current + 1, 6)
      shown.add(current)
      navigated(true)
      await wait(MOUNT_GAP_MS / 2)
    }
    expect(mounted().filter(no => !before.includes(no) && !shown.has(no))).toEqual([])
    expect(loads).toEqual(expect.arrayContaining([7]))

    // once the presenter stays: the slides ahead are mounted, one after another
    await wait(6 * (MOUNT_GAP_MS + 40))
    expect(mounted()).toEqual(expect.arrayContaining([current + 1, current + 2]))
  })
})
