import type { Comment } from '@shared/article/Comment'
import { COMMENT_QUOTE_MAX } from '@shared/article/Comment'
import type { CommentAction } from '@shared/article/CommentAction'
import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { copydesk } from '../api/copydesk'
import { messageOf } from '../api/messageOf'
import { newCommentId } from './newCommentId'
import { orderComments, type PlacedComment } from './orderComments'
import { t } from '@shared/i18n/i18n'
import { useCommentAnchors } from './useCommentAnchors'

/** A comment being written: its passage is already marked with `id`. */
export interface CommentDraft {
  id: string
  quote: string
}

/** Options of {@link useComments}. */
export interface UseCommentsOptions {
  articleId: string
  initial: readonly Comment[]
  editor: Editor | null
  onError(message: string): void
  /** The change was saved, but met another program's version of the article: say so. */
  onNotice(message: string): void
  /** A comment was started: show the panel that holds the composer. */
  onStart(): void
  /** Grows when the comments changed elsewhere (another member of the team): list them again. */
  generation?: number
}

/** What the review panel and the editor highlights need about comments. */
export interface CommentsApi {
  placed: PlacedComment[]
  /** Everything by id, for the highlights. */
  comments: readonly Comment[]
  userName: string
  activeId: string | null
  draft: CommentDraft | null
  /** Mark the selection and open a composer for it. */
  start(): void
  submit(body: string): Promise<boolean>
  cancel(): void
  /** Select and show the comment's passage. */
  select(id: string): void
  reply(id: string, body: string): Promise<boolean>
  resolve(id: string): Promise<boolean>
  reopen(id: string): Promise<boolean>
  remove(id: string): Promise<boolean>
}

/**
 * Comments of the open article: the list (kept in step with the library, which signs and saves
 * each change at once), the composer's draft, and which comment is active — the one picked in
 * the panel or under the caret. Passages are marks in the document, saved with it.
 */
export function useComments(options: UseCommentsOptions): CommentsApi {
  const { articleId, editor, generation = 0 } = options
  const [comments, setComments] = useState<readonly Comment[]>(options.initial)
  const [userName, setUserName] = useState('')
  // The comment picked last, with the comments under the caret at that moment.
  const [picked, setPicked] = useState<{ id: string | null; caret: readonly string[] }>({
    id: null,
    caret: [],
  })
  const [draft, setDraft] = useState<CommentDraft | null>(null)
  const { ranges, atCaret } = useCommentAnchors(editor)
  const latest = useRef(options)
  useEffect(() => {
    latest.current = options
  })

  useEffect(() => {
    let current = true
    copydesk()
      .comments.list({ articleId })
      .then(
        (view) => {
          if (!current) return
          setComments(view.comments)
          setUserName(view.userName)
        },
        (error: unknown) => current && latest.current.onError(messageOf(error)),
      )
    return () => {
      current = false
    }
  }, [articleId, generation])

  // Once the caret moves, the passage it is in decides which comment is active.
  const caretMoved = atCaret !== picked.caret
  const activeId =
    !caretMoved || (picked.id !== null && atCaret.includes(picked.id))
      ? picked.id
      : (atCaret[0] ?? null)
  const pick = useCallback((id: string | null) => setPicked({ id, caret: atCaret }), [atCaret])

  const apply = useCallback(
    async (action: CommentAction): Promise<boolean> => {
      try {
        const view = await copydesk().comments.apply({ articleId, action })
        setComments(view.comments)
        setUserName(view.userName)
        if (view.notice) latest.current.onNotice(view.notice)
        return true
      } catch (error) {
        latest.current.onError(messageOf(error))
        return false
      }
    },
    [articleId],
  )

  const startComment = useCallback(() => {
    if (!editor || !editor.isEditable) return
    const { from, to, empty } = editor.state.selection
    if (empty || !(editor.state.selection instanceof TextSelection)) {
      latest.current.onError(t('review.selectFirst'))
      return
    }
    if (draft) editor.commands.removeComment(draft.id)
    const id = newCommentId()
    const quote = editor.state.doc.textBetween(from, to, ' ').trim().slice(0, COMMENT_QUOTE_MAX)
    if (!editor.commands.addComment(id)) return
    setDraft({ id, quote })
    pick(id)
    latest.current.onStart()
  }, [editor, draft, pick])
  // Stable, so the editor (which binds it to a key and a button) does not re-render for it.
  const startRef = useRef(startComment)
  useEffect(() => {
    startRef.current = startComment
  })
  const start = useCallback(() => startRef.current(), [])

  const submit = useCallback(
    async (body: string) => {
      if (!draft) return false
      const done = await apply({ type: 'add', id: draft.id, quote: draft.quote, body })
      if (done) setDraft(null)
      return done
    },
    [apply, draft],
  )

  const cancel = useCallback(() => {
    if (!draft) return
    editor?.commands.removeComment(draft.id)
    setDraft(null)
    pick(null)
    editor?.commands.focus()
  }, [editor, draft, pick])

  const select = useCallback(
    (id: string) => {
      pick(id)
      const range = ranges.get(id)
      if (!editor || !range || range.to > editor.state.doc.content.size) return
      const { tr, doc } = editor.state
      editor.view.dispatch(
        tr.setSelection(TextSelection.create(doc, range.from, range.to)).scrollIntoView(),
      )
    },
    [editor, ranges, pick],
  )

  const remove = useCallback(
    async (id: string) => {
      const done = await apply({ type: 'delete', commentId: id })
      if (done) editor?.commands.removeComment(id)
      return done
    },
    [apply, editor],
  )

  const placed = useMemo(() => {
    const saved = draft ? comments.filter((c) => c.id !== draft.id) : comments
    return orderComments(saved, ranges)
  }, [comments, ranges, draft])

  return {
    placed,
    comments,
    userName,
    activeId,
    draft,
    start,
    submit,
    cancel,
    select,
    reply: (id, body) => apply({ type: 'reply', commentId: id, id: newCommentId(), body }),
    resolve: (id) => apply({ type: 'resolve', commentId: id }),
    reopen: (id) => apply({ type: 'reopen', commentId: id }),
    remove,
  }
}
