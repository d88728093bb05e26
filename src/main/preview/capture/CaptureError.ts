/** Why a capture failed, in words for people. */
export class CaptureError extends Error {
  override name = 'CaptureError'
}
