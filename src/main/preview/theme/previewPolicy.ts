/**
 * The policy of the preview document: no script of any kind; styles, fonts and images only from
 * the app (the theme and media routes) and data: URIs. Web images are not loaded: the preview
 * shows a placeholder until they are downloaded into the article.
 */
export const PREVIEW_POLICY = [
  "default-src 'none'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/** The policy of a review copy: it carries everything inline, so it loads nothing at all. */
export const REVIEW_COPY_POLICY = [
  "default-src 'none'",
  'img-src data:',
  "style-src 'unsafe-inline'",
  'font-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')
