/** Small layout helpers shared by figures: points, polar placement, arrowheads, grids. */
export type Point = readonly [number, number]

/** Point at `angleDeg` (0 = up, clockwise) on a circle of radius r around (cx, cy). */
export function polar(cx: number, cy: number, r: number, angleDeg: number): Point {
  const a = (angleDeg - 90) * Math.PI / 180
  return [cx + r * Math.cos(a), cy + r * Math.sin(a)]
}

/** Move `from` towards `to` by `d` units (to stop a line short of a box or circle). */
export function shorten(from: Point, to: Point, d: number): Point {
  const dx = to[0] - from[0]
  const dy = to[1] - from[1]
  const len = Math.hypot(dx, dy) || 1
  return [from[0] + dx / len * d, from[1] + dy / len * d]
}

/** The three corners of an arrowhead of length `size` whose tip is at `tip`, pointing away from `from`. */
export function arrowHead(from: Point, tip: Point, size: number): [Point, Point, Point] {
  const dx = tip[0] - from[0]
  const dy = tip[1] - from[1]
  const len = Math.hypot(dx, dy) || 1
  const ux = dx / len
  const uy = dy / len
  const bx = tip[0] - ux * size
  const by = tip[1] - uy * size
  const half = size * 0.55
  return [tip, [bx - uy * half, by + ux * half], [bx + uy * half, by - ux * half]]
}

/** SVG `points` attribute of a polygon or polyline. */
export function pointsAttr(points: readonly Point[]): string {
  return points.map(p => `${round(p[0])},${round(p[1])}`).join(' ')
}

/** Cells of a rows x cols grid with cell size and gap, row-major, from origin (x, y). */
export function gridCells(rows: number, cols: number, x: number, y: number, w: number, h: number, gap: number) {
  const cells: { row: number, col: number, x: number, y: number, w: number, h: number }[] = []
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++)
      cells.push({ row, col, x: x + col * (w + gap), y: y + row * (h + gap), w, h })
  }
  return cells
}

/** Clamp a click step into 0..count-1 (export renders with clicks = 999999). */
export function clampStep(step: number | undefined, count: number): number {
  const s = Number.isFinite(step) ? Math.trunc(step as number) : 0
  return Math.min(Math.max(s, 0), Math.max(count - 1, 0))
}

export function round(v: number, digits = 2): number {
  const f = 10 ** digits
  return Math.round(v * f) / f
}

/** A log-scale mapping from the data range [d0, d1] onto the pixel range [p0, p1]. */
export function logScale(d0: number, d1: number, p0: number, p1: number): (v: number) => number {
  const span = Math.log(d1 / d0)
  return (v: number) => p0 + (Math.log(v / d0) / span) * (p1 - p0)
}

/** A linear mapping from the data range [d0, d1] onto the pixel range [p0, p1]. */
export function linearScale(d0: number, d1: number, p0: number, p1: number): (v: number) => number {
  return (v: number) => p0 + ((v - d0) / (d1 - d0)) * (p1 - p0)
}
