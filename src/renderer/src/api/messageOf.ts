/**
 * The text to show for a failure: the thrown value's own message (main writes those for
 * people), or `fallback` when it carries none.
 */
export function messageOf(error: unknown, fallback = 'Something went wrong.'): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const { message } = error
    if (typeof message === 'string' && message.trim() !== '') return message
  }
  return fallback
}
