/**
 * What the preview shows in place of a web image that has not been downloaded into the article:
 * a picture served by the app itself, so opening a draft sends no request anywhere.
 */
export const REMOTE_IMAGE_PLACEHOLDER = '/remote-image.svg'
