import { defineShikiSetup } from '@slidev/types'

// Code colours. Slidev's default light theme (vitesse-light) draws comments in #a0ada0, about
// 2.2:1 on the code background: unreadable from a room, and the deck's code comments carry
// meaning ("只读一次", "不除以 l"). github-light's comments are #6a737d (about 4.6:1). The dark
// theme stays Slidev's default.
export default defineShikiSetup(() => ({
  themes: {
    dark: 'vitesse-dark',
    light: 'github-light',
  },
}))
