import type { DocNode } from '@shared/article/Article'
import type { Editor } from '@tiptap/core'
import { act, Profiler } from 'react'
import { createRoot } from 'react-dom/client'
import { vi } from 'vitest'
import { ArticleEditor, type ArticleEditorProps } from '../ArticleEditor'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

// jsdom has no layout; ProseMirror asks for rectangles when it scrolls the caret into view.
const noRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList
Range.prototype.getClientRects ??= noRects
Range.prototype.getBoundingClientRect ??= () => new DOMRect()
document.elementFromPoint ??= () => null
// ProseMirror's pasteHTML() builds a ClipboardEvent, which jsdom does not define.
globalThis.ClipboardEvent ??= class extends Event {
  readonly clipboardData: DataTransfer | null = null
} as unknown as typeof ClipboardEvent

/** A mounted editor for tests: its DOM, the TipTap instance, the mocked props, a commit count. */
export interface MountedEditor {
  container: HTMLElement
  editor: Editor
  props: ArticleEditorProps & {
    onChange: ReturnType<typeof vi.fn>
    onStats: ReturnType<typeof vi.fn>
    onError: ReturnType<typeof vi.fn>
    importImage: ReturnType<typeof vi.fn>
  }
  /** React commits of the editor subtree since mounting (or the last reset). */
  commits: { count: number }
  byTestId: (id: string) => HTMLElement | null
  /** The document as stored (ProseMirror JSON). */
  doc: () => DocNode
  unmount: () => void
}

/** Mounts ArticleEditor in jsdom with mocked callbacks; `overrides` replace any prop. */
export function mountArticleEditor(overrides: Partial<ArticleEditorProps> = {}): MountedEditor {
  const container = document.createElement('div')
  document.body.append(container)
  const props = {
    articleId: 'a-test',
    initialDoc: { type: 'doc', content: [{ type: 'paragraph' }] },
    onChange: vi.fn(),
    onStats: vi.fn(),
    onError: vi.fn(),
    importImage: vi.fn(),
    ...overrides,
  } as MountedEditor['props']
  const commits = { count: 0 }
  const root = createRoot(container)
  act(() => {
    root.render(
      <Profiler id="editor" onRender={() => void (commits.count += 1)}>
        <ArticleEditor {...props} />
      </Profiler>,
    )
  })
  const dom = container.querySelector('.ProseMirror') as unknown as { editor: Editor }
  return {
    container,
    editor: dom.editor,
    props,
    commits,
    byTestId: (id) => container.querySelector(`[data-testid="${id}"]`),
    doc: () => dom.editor.getJSON() as DocNode,
    unmount: () => {
      act(() => root.unmount())
      container.remove()
    },
  }
}

/** Sets an input's value the way typing does, so React's onChange sees it. */
export function typeInto(input: HTMLElement | null, value: string): void {
  const element = input as HTMLInputElement
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
  act(() => {
    setter?.call(element, value)
    element.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

/** Lets pending promises and timers (idle-time counting) run. */
export function settle(ms = 0): Promise<void> {
  return act(() => new Promise<void>((done) => setTimeout(done, ms)))
}
