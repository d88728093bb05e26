/**
 * The policy every app page is served with, by Electron's protocol handler and by the browser
 * harness alike. Scripts only from the app itself; inline styles are allowed because the editor
 * sets style attributes (table column widths, image sizes). Remote https images are allowed because
 * articles may reference them; everything else stays same-origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self'",
  "frame-src 'none'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * Library images are served as inert documents: an SVG opened directly still cannot run script
 * or load anything.
 */
export const ASSET_SECURITY_POLICY =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox"
