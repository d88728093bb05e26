/** An article.json that cannot be used; `message` says why in words a person understands. */
export class CorruptArticleError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'CorruptArticleError'
  }
}
