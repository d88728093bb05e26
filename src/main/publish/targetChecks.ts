import { formatNumber } from '@shared/format/localeFormat'
import { t } from '@shared/i18n/i18n'
import type { PublishCheck } from '@shared/publish/Publish'
import type { LibraryService } from '../library/LibraryService'
import { publishAssets } from './buildPublishContext'
import type { PublishContext, PublishTarget } from './PublishTarget'

/** The target's own pre-flight checks, plus one for images missing from the library. */
export async function targetChecks(
  context: PublishContext,
  target: PublishTarget,
  library: LibraryService,
): Promise<PublishCheck[]> {
  const missing = publishAssets(context.article, library).filter(
    (asset) => !library.assetFile(context.article.meta.id, asset.name),
  )
  const checks = await target.check(context)
  if (missing.length === 0) return checks
  const count = missing.length
  const message = t('publishMain.checks.missingImage', { count, formatted: formatNumber(count) })
  return [{ level: 'error', code: 'missing-image', message }, ...checks]
}
