/** Fenced code blocks and code spans: their contents are kept as code, never flattened. */
const CODE = /^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$|`[^`\n]+`/gm

const SHORTCODE = /\{\{[<%]\s*([A-Za-z][\w/.-]*)/g
const LIQUID_TAG = /(?<!\{)\{%-?\s*([A-Za-z]\w*)/g
const HTML_TAG = /<([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])/g

/**
 * The markup in a Markdown post body that the editor shows as text: Hugo shortcodes
 * (`{{< figure >}}`, `{{% note %}}`), Liquid tags (`{% include %}`, Jekyll and Eleventy), raw
 * HTML elements and HTML comments, outside code. Each is named once, in the order found, as a
 * person would recognise it: `{{< figure >}}`, `{% include %}`, `<div>`, `<!-- -->`.
 */
export function rawMarkup(body: string): string[] {
  const text = body.replace(CODE, '')
  const names: { at: number; name: string }[] = []
  const add = (pattern: RegExp, name: (match: RegExpMatchArray) => string | null) => {
    for (const match of text.matchAll(pattern)) {
      const found = name(match)
      if (found !== null) names.push({ at: match.index ?? 0, name: found })
    }
  }
  add(SHORTCODE, ([whole = '', word = '']) => {
    if (word.startsWith('/')) return null
    return whole.startsWith('{{<') ? `{{< ${word} >}}` : `{{% ${word} %}}`
  })
  add(LIQUID_TAG, (m) => (/^end/.test(m[1] ?? '') ? null : `{% ${m[1]} %}`))
  add(HTML_TAG, (m) => `<${(m[1] ?? '').toLowerCase()}>`)
  add(/<!--/g, () => '<!-- -->')
  return [...new Set(names.sort((a, b) => a.at - b.at).map((n) => n.name))]
}
