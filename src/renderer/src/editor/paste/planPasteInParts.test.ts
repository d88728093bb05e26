import { getSchema } from '@tiptap/core'
import { Fragment, Slice, type Node as ProseMirrorNode } from '@tiptap/pm/model'
import { AllSelection, EditorState, TextSelection, type Selection } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { createEditorExtensions } from '../createEditorExtensions'
import { planPasteInParts } from './planPasteInParts'

const schema = getSchema(createEditorExtensions({ articleId: 'a-test' }))
const p = (text = '') => schema.node('paragraph', null, text ? [schema.text(text)] : [])
const h = (text: string) => schema.node('heading', { level: 2 }, [schema.text(text)])
const li = (text: string) => schema.node('listItem', null, [p(text)])
const ul = (...items: ProseMirrorNode[]) => schema.node('bulletList', null, items)
const doc = (...blocks: ProseMirrorNode[]) => schema.node('doc', null, blocks)

/** A long pasted report: paragraphs with a heading and a list now and then. */
function report(blocks: number): ProseMirrorNode[] {
  return Array.from({ length: blocks }, (_, i) =>
    i % 50 === 7 ? h(`Part ${i}`) : i % 50 === 30 ? ul(li(`point ${i}`)) : p(`Paragraph ${i}.`),
  )
}

/** The state with the caret (or a range) at the given text positions. */
function stateAt(document: ProseMirrorNode, from: number, to = from): EditorState {
  const state = EditorState.create({ doc: document })
  return state.apply(state.tr.setSelection(TextSelection.create(document, from, to)))
}

/** Applies the plan as PasteInParts does: the first part, then the rest in parts of 37. */
function pasteByParts(state: EditorState, slice: Slice) {
  const plan = planPasteInParts(state, slice, 100)
  if (!plan) return null
  let next = state.apply(plan.first)
  let at = plan.at
  for (let i = 0; i < plan.rest.length; i += 37) {
    const part = plan.rest.slice(i, i + 37)
    next = next.apply(next.tr.insert(at, part))
    at += part.reduce((sum, node) => sum + node.nodeSize, 0)
  }
  return next
}

function expectSamePaste(state: EditorState, slice: Slice) {
  const once = state.apply(state.tr.replaceSelection(slice))
  const byParts = pasteByParts(state, slice)
  expect(byParts).not.toBeNull()
  expect(byParts?.doc.eq(once.doc)).toBe(true)
  const where = (selection: Selection | undefined) => selection?.toJSON()
  expect(where(byParts?.selection)).toEqual(where(once.selection))
}

describe('planPasteInParts', () => {
  it('leaves the document as one paste would, in the middle of a paragraph', () => {
    const state = stateAt(doc(p('before'), p('abcd'), p('after')), 11)
    expectSamePaste(state, new Slice(Fragment.fromArray(report(1000)), 1, 1))
  })

  it('leaves the document as one paste would, at the end of the document', () => {
    const state = stateAt(doc(p('first'), p()), 8)
    expectSamePaste(state, new Slice(Fragment.fromArray(report(2000)), 0, 0))
  })

  it('leaves the document as one paste would over a selection across paragraphs', () => {
    const state = stateAt(doc(p('one two'), p('three'), p('four five')), 4, 20)
    expectSamePaste(state, new Slice(Fragment.fromArray(report(600)), 1, 1))
  })

  it('leaves the document as one paste would over the whole document', () => {
    const document = doc(p('one'), h('two'), p('three'))
    const state = EditorState.create({ doc: document })
    const all = state.apply(state.tr.setSelection(new AllSelection(document)))
    expectSamePaste(all, new Slice(Fragment.fromArray(report(700)), 0, 0))
  })

  it('ends with a list the paste left open, as one paste would', () => {
    const blocks = [...report(500), ul(li('last'))]
    const state = stateAt(doc(p('x'), p('tail')), 2)
    expectSamePaste(state, new Slice(Fragment.fromArray(blocks), 1, 3))
  })

  it('leaves a paste of no more blocks than the first part to ProseMirror', () => {
    const state = stateAt(doc(p('abcd')), 3)
    expect(
      planPasteInParts(state, new Slice(Fragment.fromArray(report(101)), 1, 1), 100),
    ).toBeNull()
  })

  it('leaves a paste into a list item to ProseMirror: it changes one top-level block', () => {
    const state = stateAt(doc(ul(li('one'), li('two'))), 4)
    const slice = new Slice(Fragment.fromArray(report(600).map((b) => li(b.textContent))), 2, 2)
    expect(planPasteInParts(state, slice, 100)).toBeNull()
  })
})
