import { formatByteSize } from '@shared/format/localeFormat'
import { t } from '@shared/i18n/i18n'
import { MAX_IMAGE_BYTES } from '@shared/ipc/contract'
import { AppError } from '../errors/AppError'

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/**
 * Decodes an image sent as base64 and enforces the size limit. Node's decoder silently skips
 * characters it does not know, so the text is checked first: a damaged upload is refused
 * instead of being stored as a different, broken file.
 */
export function decodeImageBytes(dataBase64: string): Uint8Array {
  if (dataBase64.length % 4 !== 0 || !BASE64.test(dataBase64)) {
    throw new AppError('invalid_input', t('errors.imageDamaged'))
  }
  const bytes = Buffer.from(dataBase64, 'base64')
  if (bytes.byteLength === 0) throw new AppError('refused', t('errors.imageEmpty'))
  if (bytes.byteLength > MAX_IMAGE_BYTES) {
    const size = formatByteSize(bytes.byteLength)
    const limit = formatByteSize(MAX_IMAGE_BYTES)
    throw new AppError('refused', t('errors.imageTooLarge', { size, limit }))
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
