import Link from '@tiptap/extension-link'
import { safeLinkHref } from '@shared/safety/urlPolicy'
import { normalizeLinkInput } from '../links/normalizeLinkInput'

const SCHEME = /^[a-z][a-z0-9+.-]*:/i

/**
 * Stored links follow the URL rule (http(s), mailto, tel, relative and anchors). Autolink and paste rules ask about the typed
 * text instead ("example.com", before it becomes https://example.com), so a scheme-less address
 * that normalizes cleanly is accepted too; it cannot run script, having no scheme.
 */
function isAllowedUri(url: string): boolean {
  return (
    safeLinkHref(url.trim()) !== null || (!SCHEME.test(url.trim()) && normalizeLinkInput(url).ok)
  )
}

/** Links limited by the URL rule — checked when typed, pasted, parsed and rendered. */
export const CopydeskLink = Link.configure({
  openOnClick: false,
  autolink: true,
  linkOnPaste: true,
  defaultProtocol: 'https',
  // Stored links carry only their target; the site's renderer decides target/rel.
  HTMLAttributes: { target: null, rel: null },
  isAllowedUri: (url) => isAllowedUri(url),
  shouldAutoLink: (url) => normalizeLinkInput(url).ok,
})
