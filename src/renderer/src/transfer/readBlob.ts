import { t } from '@shared/i18n/i18n'
/**
 * A file's bytes or text through FileReader, which every runtime the window runs in has (and
 * the test DOM too, where Blob has no arrayBuffer()).
 */
export function readBlob(blob: Blob, as: 'bytes'): Promise<ArrayBuffer>
export function readBlob(blob: Blob, as: 'text'): Promise<string>
export function readBlob(blob: Blob, as: 'bytes' | 'text'): Promise<ArrayBuffer | string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as ArrayBuffer | string)
    reader.onerror = () => reject(reader.error ?? new Error(t('screens.transfer.unreadable')))
    if (as === 'bytes') reader.readAsArrayBuffer(blob)
    else reader.readAsText(blob)
  })
}
