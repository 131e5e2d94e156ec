declare module 'subset-font' {
  export default function subsetFont(font: Uint8Array, text: string, options?: { targetFormat?: 'woff2' | 'woff' | 'sfnt' | 'truetype' }): Promise<Uint8Array>
}

declare module 'fontverter' {
  const fontverter: { convert: (font: Uint8Array, to: 'truetype' | 'sfnt' | 'woff' | 'woff2') => Promise<Uint8Array> }
  export default fontverter
}

declare module 'virtual:deck-font-groups' {
  /** One Chinese character of each font group (lib/deck-fonts.ts), index = group; empty in dev. */
  const samples: string[]
  export default samples
}
