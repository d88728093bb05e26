import type { ICommentOptions } from 'docx'
import { Paragraph } from 'docx'
import type { Comment } from '@shared/article/Comment'

/** Word numbers comments; Copydesk's ids are strings. */
export type CommentNumbers = Map<string, number>

function when(at: string): Date | undefined {
  const date = new Date(at)
  return Number.isNaN(date.getTime()) ? undefined : date
}

function paragraphs(body: string): Paragraph[] {
  return body.split(/\r?\n/).map((line) => new Paragraph({ text: line }))
}

/**
 * Copydesk's comments as Word comments: each open or resolved comment whose words are still in
 * the document (`anchored`), with its replies as Word replies. Returns the comments and the
 * number each id got, for the ranges in the text.
 */
export function docxComments(
  comments: readonly Comment[],
  anchored: ReadonlySet<string>,
): { options: ICommentOptions[]; numbers: CommentNumbers } {
  const numbers: CommentNumbers = new Map()
  const options: ICommentOptions[] = []
  let next = 0
  for (const comment of comments) {
    if (!anchored.has(comment.id)) continue
    const id = next++
    numbers.set(comment.id, id)
    options.push({
      id,
      author: comment.author || 'Copydesk',
      date: when(comment.createdAt),
      resolved: comment.resolved,
      children: paragraphs(comment.body),
    })
    for (const reply of comment.replies) {
      options.push({
        id: next++,
        parentId: id,
        author: reply.author || 'Copydesk',
        date: when(reply.createdAt),
        children: paragraphs(reply.body),
      })
    }
  }
  return { options, numbers }
}
