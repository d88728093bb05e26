import { formatByteSize } from '@shared/format/localeFormat'
import { MAX_IMAGE_BYTES, type AssetRef } from '@shared/ipc/contract'
import { copydesk } from './copydesk'
import { CopydeskError } from './CopydeskError'

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result)
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () =>
      reject(new CopydeskError('io', `“${file.name}” could not be read from the disk.`))
    reader.readAsDataURL(file)
  })
}

/**
 * Copies an image file into the article's assets and returns what the document stores.
 * Too-large files are refused here, before their bytes cross to main.
 */
export async function importImageFile(articleId: string, file: File): Promise<AssetRef> {
  if (file.size > MAX_IMAGE_BYTES) {
    const limit = formatByteSize(MAX_IMAGE_BYTES)
    throw new CopydeskError('refused', `“${file.name}” is larger than ${limit}.`)
  }
  const dataBase64 = await readBase64(file)
  return copydesk().assets.import({
    articleId,
    fileName: file.name,
    mimeType: file.type,
    dataBase64,
  })
}
