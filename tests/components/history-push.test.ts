import { afterEach, describe, expect, it, vi } from 'vitest'
import { createRouter, createWebHistory } from 'vue-router'
import { defineComponent } from 'vue'
import { pushWithoutRewrite } from '../../lib/history-push'

const Page = defineComponent({ render: () => null })
const routes = [1, 2, 3].map(no => ({ path: `/${no}`, component: Page }))

async function router(wrapped: boolean) {
  history.replaceState(null, '', '/1')
  const r = createRouter({ history: createWebHistory('/'), routes })
  if (wrapped)
    pushWithoutRewrite(r.options.history)
  r.push('/1')
  await r.isReady()
  return r
}

describe('a slide change\'s history entry (lib/history-push.ts)', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('vue-router\'s push alone rewrites the entry it leaves before adding one', async () => {
    const r = await router(false)
    const replace = vi.spyOn(History.prototype, 'replaceState')
    const push = vi.spyOn(History.prototype, 'pushState')
    await r.push('/2')
    expect(replace).toHaveBeenCalledTimes(1)
    expect(push).toHaveBeenCalledTimes(1)
  })

  it('wrapped, a push only adds the new entry, with the state vue-router reads when going back', async () => {
    const r = await router(true)
    const replace = vi.spyOn(History.prototype, 'replaceState')
    const push = vi.spyOn(History.prototype, 'pushState')
    const before = history.state.position
    await r.push('/2')
    await r.push('/3')
    expect(replace).not.toHaveBeenCalled()
    expect(push).toHaveBeenCalledTimes(2)
    expect(location.pathname).toBe('/3')
    expect(history.state).toMatchObject({ current: '/3', back: '/2', position: before + 2 })
    // replaceState works again outside a push, from the prototype
    expect(Object.prototype.hasOwnProperty.call(history, 'replaceState')).toBe(false)
    await r.replace('/1')
    expect(replace).toHaveBeenCalledTimes(1)
  })
})
