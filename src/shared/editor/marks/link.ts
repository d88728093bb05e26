import { escapeHtml } from '../../render/escapeHtml'
import { markdownTitle, markdownUrl } from '../../render/markdown/markdownUrl'
import { tokenAttr } from '../../render/markdown/tokenAttr'
import { safeLinkHref } from '../../safety/urlPolicy'
import type { MarkDefinition } from '../MarkDefinition'
import * as build from '../../render/testing/docBuilders'

/** The attributes the editor stores on a link. */
export function linkAttrs(href: string, title: string | null): Record<string, unknown> {
  return { href, target: null, rel: null, class: null, title }
}

/**
 * A link. Only targets the URL rule allows (http(s), mailto, tel, relative) are written or read; a refused link is
 * dropped and its text stays as plain text.
 */
export const link: MarkDefinition<'link'> = {
  name: 'link',
  schema: {
    inclusive: true,
    attrs: {
      href: { default: null },
      target: { default: null },
      rel: { default: null },
      class: { default: null },
      title: { default: null },
    },
  },
  output: {
    attrs: (attrs) => {
      const href = safeLinkHref(attrs.href)
      if (href === null) return null
      const title = attrs.title
      return { href, title: typeof title === 'string' && title !== '' ? title : null }
    },
    htmlOpen: ({ href, title }) => {
      const titleAttr = title ? ` title="${escapeHtml(title)}"` : ''
      return `<a href="${escapeHtml(href ?? '')}" rel="noopener noreferrer"${titleAttr}>`
    },
    htmlClose: '</a>',
    markdownOpen: () => '[',
    markdownClose: ({ href, title }) =>
      `](${markdownUrl(href ?? '')}${markdownTitle(title ?? null)})`,
  },
  input: {
    token: 'link',
    attrs: (token) => {
      const href = safeLinkHref(tokenAttr(token, 'href'))
      return href === null ? null : linkAttrs(href, tokenAttr(token, 'title') || null)
    },
  },
  example: {
    doc: build.doc(build.p(build.text('go', build.link('https://x.test/')))),
    html: '<p><a href="https://x.test/" rel="noopener noreferrer">go</a></p>',
    markdown: '[go](https://x.test/)\n',
  },
}
