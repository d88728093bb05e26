/** One measured number of a benchmark run. */
export interface BenchRow {
  name: string
  value: number
  unit: string
  /** Human-readable target, e.g. "< 16 ms". */
  target?: string
  pass?: boolean
}

/** Prints rows as the table every bench run shows. */
export function printTable(rows: readonly BenchRow[]): void {
  const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2))
  console.table(
    rows.map((r) => ({
      measure: r.name,
      value: `${fmt(r.value)} ${r.unit}`,
      target: r.target ?? '',
      ok: r.pass === undefined ? '' : r.pass ? 'yes' : 'NO',
    })),
  )
}
