import type { AssetRef } from '@shared/ipc/contract'
import type { ChannelService, ParsedInput } from '@shared/ipc/ChannelService'
import type { Services } from '../../createServices'
import { downloadRemoteImage } from '../../images/downloadRemoteImage'
import { decodeImageBytes } from '../decodeImageBytes'

/** The `assets` channels: images added to an article. */
export class AssetsChannel implements ChannelService<'assets'> {
  constructor(private readonly services: Services) {}

  /** Stores an image sent as base64, once its size and type are checked. */
  import(input: ParsedInput<'assets', 'import'>): Promise<AssetRef> {
    const { articleId, fileName, mimeType, dataBase64 } = input
    const bytes = decodeImageBytes(dataBase64)
    return this.services.library.importAsset({ articleId, fileName, mimeType, bytes })
  }

  /** Downloads a web image the document names, once, into the article's assets. */
  async download({ articleId, url }: ParsedInput<'assets', 'download'>): Promise<AssetRef> {
    const image = await downloadRemoteImage(url, this.services.fetchForDocument)
    return this.services.library.importAsset({ articleId, ...image })
  }
}
