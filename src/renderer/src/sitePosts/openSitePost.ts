import type { OpenedSitePost, SitePostRef } from '@shared/ipc/channels/sitePosts'
import { copydesk } from '../api/copydesk'
import { docFromHtml } from '../transfer/docFromHtml'

/**
 * Opens a site's post as a new article linked to it: an HTML body is read here the way a paste
 * is (the same cleaner, the editor's own rules); a Markdown body is read by main.
 */
export async function openSitePost(ref: SitePostRef): Promise<OpenedSitePost> {
  const body = await copydesk().sitePosts.read(ref)
  const doc = body.format === 'html' ? docFromHtml(body.text) : null
  return copydesk().sitePosts.open({ ...ref, doc, version: body.version })
}
