import type { DocNode } from '../../article/Article'
import { codeLanguage } from './codeLanguage'
import { escapeHtml } from '../../render/escapeHtml'
import { codeSpan } from '../../render/markdown/codeSpan'
import { attrString } from '../../render/nodeAttrs'
import type { NodeDefinition, MarkdownTokenHandler } from '../NodeDefinition'
import * as build from '../../render/testing/docBuilders'

const fromCodeToken: MarkdownTokenHandler = (token, state) => {
  const language = token.info.trim().split(/\s+/)[0] || null
  const code = token.content.replace(/\n$/, '')
  const content: DocNode[] = code === '' ? [] : [{ type: 'text', text: code }]
  state.append({ type: 'codeBlock', attrs: { language }, content })
}

/** Preformatted code with an optional language: `<pre><code>`, a fenced block in Markdown. */
export const codeBlock: NodeDefinition<'codeBlock'> = {
  name: 'codeBlock',
  schema: {
    content: 'text*',
    marks: '',
    group: 'block',
    code: true,
    defining: true,
    attrs: { language: { default: null } },
  },
  toHtml: (node, html) => {
    const language = codeLanguage(attrString(node, 'language'))
    const attr = language === null ? '' : ` class="language-${escapeHtml(language)}"`
    return `<pre><code${attr}>${escapeHtml(html.text(node))}</code></pre>`
  },
  toMarkdown: (node, md) => {
    const code = md.text(node)
    const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length))
    const fence = '`'.repeat(Math.max(3, longest + 1))
    const language = codeLanguage(attrString(node, 'language')) ?? ''
    return `${fence}${language}\n${code}\n${fence}`
  },
  toMarkdownCell: (node, md) => [codeSpan(md.text(node), true)],
  fromMarkdown: { fence: fromCodeToken, code_block: fromCodeToken },
  example: {
    doc: build.doc(build.code('ts', 'let a')),
    html: '<pre><code class="language-ts">let a</code></pre>',
    markdown: '```ts\nlet a\n```\n',
  },
}
