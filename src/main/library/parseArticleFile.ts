import { t } from '@shared/i18n/i18n'
import type { z } from 'zod'
import { ArticleFileSchema, type ArticleFile } from '@shared/article/Article'
import { storedArticleProblem } from '@shared/safety/inputLimits'
import { removedAny, type RemovedUrls } from '@shared/safety/RemovedUrls'
import { sanitizeArticleFile } from '@shared/safety/sanitizeDocument'
import { CorruptArticleError } from './CorruptArticleError'
import { migrateArticleFile } from './migrateArticleFile'

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const message = error instanceof Error ? error.message : ''
    // A file that starts like an article but ends early was cut off mid-write or mid-sync.
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN)
    const cutOff =
      text.trimStart().startsWith('{') &&
      (/end of JSON|Unterminated/.test(message) || position >= text.trimEnd().length)
    throw new CorruptArticleError(
      cutOff ? t('libraryMain.file.cutOff') : t('libraryMain.file.notJson'),
      { cause: error },
    )
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.map(String).join('.')
  return where ? `${where}: ${issue.message}` : issue.message
}

/** A parsed article.json, with what the URL rule took out of it (absent when nothing). */
export interface ParsedArticleFile {
  file: ArticleFile
  removed?: RemovedUrls
}

/**
 * Reads the text of an article.json: parses it, migrates older formats forward and validates
 * it, and takes out every URL the URL rule refuses (counted, so the person can be told).
 * Throws CorruptArticleError with a plain reason when the file cannot be used.
 */
export function parseArticleFile(text: string): ParsedArticleFile {
  if (text.trim() === '') throw new CorruptArticleError(t('libraryMain.file.empty'))
  const problem = storedArticleProblem(text)
  if (problem !== null) throw new CorruptArticleError(problem)
  const migrated = migrateArticleFile(parseJson(text))
  const result = ArticleFileSchema.safeParse(migrated)
  if (!result.success) {
    const first = result.error.issues[0]
    throw new CorruptArticleError(
      first
        ? t('libraryMain.file.invalidWith', { detail: describeIssue(first) })
        : t('libraryMain.file.invalid'),
    )
  }
  const { file, removed } = sanitizeArticleFile(result.data)
  return removedAny(removed) ? { file, removed } : { file }
}
