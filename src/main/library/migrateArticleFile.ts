import { t } from '@shared/i18n/i18n'
import { ARTICLE_SCHEMA_VERSION } from '@shared/article/Article'
import { CorruptArticleError } from './CorruptArticleError'

/** Upgrades raw article data by one version. */
export type ArticleMigration = (raw: Record<string, unknown>) => Record<string, unknown>

/**
 * Steps keyed by the version they upgrade *from*: `MIGRATIONS[1]` turns a v1 file into v2.
 * Version 1 is the first format, so there are none yet.
 */
export const MIGRATIONS: Readonly<Record<number, ArticleMigration>> = {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Brings parsed article.json data up to {@link ARTICLE_SCHEMA_VERSION}, one step at a time.
 * Throws CorruptArticleError for data without a version, for a version from a newer Copydesk,
 * and for an old version no step can read. Validation is the caller's next step.
 */
export function migrateArticleFile(
  raw: unknown,
  migrations: Readonly<Record<number, ArticleMigration>> = MIGRATIONS,
  current: number = ARTICLE_SCHEMA_VERSION,
): Record<string, unknown> {
  if (!isRecord(raw)) throw new CorruptArticleError(t('libraryMain.file.noArticle'))
  let data = raw
  let version = data.schema
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new CorruptArticleError(t('libraryMain.file.noVersion'))
  }
  if (version > current) {
    throw new CorruptArticleError(t('libraryMain.file.newer', { version, current }))
  }
  while (version < current) {
    const step = migrations[version]
    if (!step) {
      throw new CorruptArticleError(t('libraryMain.file.tooOld', { version }))
    }
    data = { ...step(data), schema: version + 1 }
    version += 1
  }
  return data
}
