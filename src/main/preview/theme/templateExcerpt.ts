import { readFile } from 'node:fs/promises'
import { isAbsolute, join, relative } from 'node:path'
import type { ThemeError } from '@shared/ipc/channels/preview'

/** One numbered line of a template, shown under a theme error. */
export interface ExcerptLine {
  number: number
  text: string
  /** The line the error is on. */
  current: boolean
}

/** Lines shown before and after the one in error. */
const CONTEXT = 2

/** The template lines around an error, or none when the file or line is unknown. */
export async function templateExcerpt(themeDir: string, error: ThemeError): Promise<ExcerptLine[]> {
  if (error.file === null || error.line === null) return []
  const path = join(themeDir, error.file)
  const inside = relative(themeDir, path)
  if (inside.startsWith('..') || isAbsolute(inside)) return []
  const source = await readFile(path, 'utf8').catch(() => null)
  if (source === null) return []
  const lines = source.split(/\r?\n/)
  const first = Math.max(1, error.line - CONTEXT)
  const last = Math.min(lines.length, error.line + CONTEXT)
  const excerpt: ExcerptLine[] = []
  for (let number = first; number <= last; number++) {
    excerpt.push({ number, text: lines[number - 1] ?? '', current: number === error.line })
  }
  return excerpt
}
