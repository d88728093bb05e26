import { act, type JSX } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { Comment } from '@shared/article/Comment'
import type { CommentsView } from '@shared/ipc/channels/comments'
import { i18n, t } from '@shared/i18n/i18n'
import { ToastHost } from '../ui/ToastHost'
import { ToastStore } from '../ui/ToastStore'
import { useComments } from './useComments'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

const note: Comment = {
  id: 'c1',
  quote: 'port',
  body: 'Which Monday?',
  author: 'Ana',
  createdAt: '2025-03-01T09:00:00.000Z',
  resolved: false,
  resolvedBy: null,
  resolvedAt: null,
  replies: [],
}

/** What the library answers to the next change. */
let answer: CommentsView
;(window as unknown as { copydesk: unknown }).copydesk = {
  comments: {
    list: async () => ({ ok: true, value: { comments: [note], userName: 'Ana' } }),
    apply: async () => ({ ok: true, value: answer }),
  },
}

let container: HTMLDivElement
let root: Root
let toasts: ToastStore

function Review(): JSX.Element {
  const comments = useComments({
    articleId: 'a1',
    initial: [note],
    editor: null,
    onError: (message) => toasts.error(message),
    onNotice: (message) => toasts.notice(message),
    onStart: () => undefined,
  })
  return (
    <>
      <button type="button" onClick={() => void comments.resolve('c1')}>
        Resolve
      </button>
      <ToastHost store={toasts} />
    </>
  )
}

beforeEach(async () => {
  await i18n.changeLanguage('en')
  toasts = new ToastStore()
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
  await act(async () => root.render(<Review />))
})

afterEach(() => {
  act(() => root.unmount())
  container.remove()
})

async function resolve(): Promise<string[]> {
  await act(async () => container.querySelector('button')?.click())
  return [...container.querySelectorAll('[data-testid=toast]')].map((el) => el.textContent ?? '')
}

it('tells the person when the comment met another program’s version', async () => {
  const kept = t('commentNotice.kept')
  answer = { comments: [{ ...note, resolved: true }], userName: 'Ana', notice: kept }
  const shown = await resolve()
  expect(shown).toHaveLength(1)
  expect(shown[0]).toContain('the other version is kept in History')
})

it('shows nothing when nothing else wrote the article', async () => {
  answer = { comments: [{ ...note, resolved: true }], userName: 'Ana' }
  expect(await resolve()).toEqual([])
})
