import type { ArticleFile } from '@shared/article/Article'

/**
 * The text of article.json: the parts a person may want to read (version, meta, comments,
 * history) indented, the document last and compact. Indenting a long document would make the
 * file half again as large and its serialisation ten times slower, on every save. Pass
 * `docJson` (`JSON.stringify(file.doc)`) when a save already has it.
 */
export function serializeArticleFile(
  file: ArticleFile,
  docJson: string = JSON.stringify(file.doc),
): string {
  const { doc: _doc, ...rest } = file
  const head = JSON.stringify(rest, null, 2)
  // `head` ends with "\n}": reopen it to append the document as the last key.
  return `${head.slice(0, -2)},\n  "doc": ${docJson}\n}\n`
}
