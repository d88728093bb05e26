/** One measured number of a benchmark run. */
export interface BenchRow {
  name: string
  value: number
  unit: string
  /** Human-readable target, e.g. "< 16 ms". */
  target?: string
  pass?: boolean
}
