import type { AssetRef } from '@shared/ipc/contract'
import { copydesk } from './copydesk'

/** Saves an image from the web into the article's assets and returns what the document stores. */
export function downloadWebImage(articleId: string, url: string): Promise<AssetRef> {
  return copydesk().assets.download({ articleId, url })
}
