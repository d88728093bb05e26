import { t } from '@shared/i18n/i18n'
import { formatByteSize } from '@shared/format/localeFormat'
import { Unzip, UnzipInflate } from 'fflate'
import { AppError } from '../../errors/AppError'

/**
 * Inflates every entry of a zip once, counting what comes out, and throws as soon as the total
 * passes `maxBytes`: a zip bomb is stopped by what it really expands to, not by what its headers
 * claim. Rejects with AppError('refused') for a bomb or a file that is not a readable zip.
 */
export async function checkZipSize(
  bytes: Uint8Array,
  maxBytes: number,
  what: string,
): Promise<void> {
  let total = 0
  let failure: AppError | null = null
  const unzip = new Unzip((file) => {
    file.ondata = (error, chunk) => {
      if (failure) return
      if (error) {
        failure = new AppError('refused', t('transferMain.zipDamaged', { what }))
        return
      }
      total += chunk.length
      if (total > maxBytes) {
        failure = new AppError(
          'refused',
          t('transferMain.zipBomb', { what, limit: formatByteSize(maxBytes) }),
        )
        file.terminate()
      }
    }
    file.start()
  })
  unzip.register(UnzipInflate)
  try {
    // Fed in slices so a bomb is caught after one slice's worth of output, and the process
    // answers other calls between slices while a big file is checked.
    const slice = 64 * 1024
    for (let at = 0; at < bytes.length && !failure; at += slice) {
      unzip.push(bytes.subarray(at, at + slice), at + slice >= bytes.length)
      await new Promise((resolve) => setImmediate(resolve))
    }
  } catch {
    failure ??= new AppError('refused', t('transferMain.zipDamaged', { what }))
  }
  if (failure) throw failure
}
