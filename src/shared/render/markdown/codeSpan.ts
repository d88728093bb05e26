/** Inline code in a backtick fence longer than any backtick run inside it. */
export function codeSpan(text: string, inTable: boolean): string {
  let code = text.replace(/[\r\n]+/g, ' ')
  // GFM splits table cells at every unescaped pipe, inside code spans too.
  if (inTable) code = code.replace(/\|/g, '\\|')
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = /^[` ]|[` ]$/.test(code) && code.trim() !== '' ? ' ' : ''
  return `${fence}${pad}${code}${pad}${fence}`
}
