import type { DocNode } from '@shared/article/Article'
import { act } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountArticleEditor, type MountedEditor } from '../testing/mountArticleEditor'

let mounted: MountedEditor | null = null
afterEach(() => {
  mounted?.unmount()
  mounted = null
})

/** jsdom builds the DOM of each part slowly; the parts keep coming until all are in. */
const UNTIL_ALL_IN = { timeout: 60_000, interval: 20 }

const report = (paragraphs: number) =>
  Array.from({ length: paragraphs }, (_, i) => `<p>Paragraph ${i + 1}.</p>`).join('')

/** The document the last autosave would have stored. */
function lastSaved(editor: MountedEditor): DocNode {
  const calls = editor.props.onChange.mock.calls
  const getDoc = calls[calls.length - 1]?.[0] as () => DocNode
  return getDoc()
}

/** An editor holding one paragraph, "Before.". */
function mountWithOneParagraph(): MountedEditor {
  return mountArticleEditor({
    initialDoc: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Before.' }] }],
    },
  })
}

describe('PasteInParts', { timeout: 60_000 }, () => {
  it('takes a long paste in by parts, showing how far it has come, and saves all of it', () => {
    // The window's clock is held, so the test looks between two parts, however fast they come.
    vi.useFakeTimers()
    try {
      mounted = mountArticleEditor()
      const { editor } = mounted
      act(() => void editor.view.pasteHTML(report(500)))
      // The paste's first part, in a task of its own.
      act(() => void vi.advanceTimersToNextTimer())
      // The first part is in; the rest is on its way, and the window says so.
      expect(mounted.byTestId('paste-progress')?.textContent).toContain('Pasting…')
      expect(editor.state.doc.childCount).toBeGreaterThan(1)
      expect(editor.state.doc.childCount).toBeLessThan(500)
      // A save in the middle stores the whole paste, so leaving now loses none of it.
      expect(lastSaved(mounted).content).toHaveLength(500)

      for (let part = 0; part < 500 && editor.state.doc.childCount < 500; part++) {
        act(() => void vi.advanceTimersToNextTimer())
      }
      expect(editor.state.doc.childCount).toBe(500)
      expect(editor.state.doc.child(499).textContent).toBe('Paragraph 500.')
      expect(editor.state.selection.from).toBe(editor.state.doc.content.size - 1)
      expect(mounted.byTestId('paste-progress')).toBeNull()
    } finally {
      vi.useRealTimers()
    }
  })

  it('is undone in one step, like any paste', async () => {
    mounted = mountWithOneParagraph()
    const { editor } = mounted
    const before = editor.getJSON()
    act(() => void editor.commands.setTextSelection(8))
    act(() => void editor.view.pasteHTML(report(400)))
    await act(() => vi.waitFor(() => expect(editor.state.doc.childCount).toBe(400), UNTIL_ALL_IN))
    expect(editor.state.doc.child(0).textContent).toBe('Before.Paragraph 1.')
    act(() => void editor.commands.undo())
    expect(editor.getJSON()).toEqual(before)
  })

  it('is undone in one step however long the window takes between its parts', async () => {
    mounted = mountWithOneParagraph()
    const { editor } = mounted
    const before = editor.getJSON()
    // A busy machine: a second passes between one part and the next.
    let now = Date.now()
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000))
    try {
      act(() => void editor.commands.setTextSelection(8))
      act(() => void editor.view.pasteHTML(report(400)))
      await act(() => vi.waitFor(() => expect(editor.state.doc.childCount).toBe(400), UNTIL_ALL_IN))
    } finally {
      clock.mockRestore()
    }
    act(() => void editor.commands.undo())
    expect(editor.getJSON()).toEqual(before)
  })

  it('goes on where it was when the person types above it meanwhile', async () => {
    mounted = mountArticleEditor()
    const { editor } = mounted
    act(() => void editor.view.pasteHTML(report(450)))
    await act(() =>
      vi.waitFor(() => expect(mounted?.byTestId('paste-progress')).not.toBeNull(), UNTIL_ALL_IN),
    )
    act(() => void editor.commands.insertContentAt(0, '<p>Typed meanwhile.</p>'))
    await act(() => vi.waitFor(() => expect(editor.state.doc.childCount).toBe(451), UNTIL_ALL_IN))
    const texts: string[] = []
    editor.state.doc.forEach((block) => texts.push(block.textContent))
    expect(texts.slice(0, 3)).toEqual(['Typed meanwhile.', 'Paragraph 1.', 'Paragraph 2.'])
    expect(texts.slice(1)).toEqual(Array.from({ length: 450 }, (_, i) => `Paragraph ${i + 1}.`))
  })
})
