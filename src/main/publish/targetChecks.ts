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
  const which = missing.length === 1 ? 'An image is' : `${missing.length} images are`
  const message = `${which} missing from the library; add them to the article again.`
  return [{ level: 'error', code: 'missing-image', message }, ...checks]
}
