import {
  type DOMParser as ProseMirrorDOMParser,
  Fragment,
  Slice,
  type Node as ProseMirrorNode,
  type ParseOptions,
  type TagParseRule,
} from '@tiptap/pm/model'

/** Top-level blocks from which a paste's middle is parsed apart, a part per task. */
const MIN_BLOCKS = 1000
/** Blocks before the middle: they are parsed with the paste's last block, as the paste. */
const HEAD_BLOCKS = 100
/** Blocks of the middle parsed in one task (a few tens of milliseconds). */
const BLOCKS_PER_PART = 400

/**
 * Top-level elements that are blocks the same wherever they stand, so the middle of a paste
 * made only of these parses into the same nodes on its own as within the whole.
 */
const STANDALONE_BLOCKS = new Set(
  'P H1 H2 H3 H4 H5 H6 UL OL BLOCKQUOTE PRE HR TABLE FIGURE'.split(' '),
)

/** Stands where the middle was, in the HTML of the paste's edges; replaced by the middle. */
const MIDDLE_MARK = '\u2063copydesk-paste-middle\u2063'

/** A long paste taken apart: its edges, pasted as usual, and its middle, parsed in parts. */
export interface SplitPaste {
  /** The HTML of the first blocks and the last one, with a mark where the middle goes. */
  edges: string
  /** The middle's blocks, a part (one task's parsing) each, made when its task comes. */
  parts: (() => Element[])[]
}

/**
 * Takes a long, cleaned paste apart so no one task parses all of it: null when it is short,
 * comes from a ProseMirror editor (its slice data spans all of it), or has top-level content
 * other than standalone blocks (inline text there joins its neighbours into one paragraph).
 */
export function splitLongPaste(root: Element): SplitPaste | null {
  if (root.querySelector('[data-pm-slice]')) return null
  const blocks: Element[] = []
  for (const node of Array.from(root.childNodes)) {
    if (node.nodeType === Node.COMMENT_NODE) continue
    if (node.nodeType === Node.TEXT_NODE && !/\S/.test(node.textContent ?? '')) continue
    if (!(node instanceof Element) || !STANDALONE_BLOCKS.has(node.tagName)) return null
    blocks.push(node)
  }
  if (blocks.length < MIN_BLOCKS) return null
  const head = blocks.slice(0, HEAD_BLOCKS)
  const last = blocks[blocks.length - 1]
  const middle = blocks.slice(HEAD_BLOCKS, -1)
  const parts: (() => Element[])[] = []
  for (let from = 0; from < middle.length; from += BLOCKS_PER_PART) {
    const part = middle.slice(from, from + BLOCKS_PER_PART)
    parts.push(() => part)
  }
  const edges = [...head.map((block) => block.outerHTML), `<p>${MIDDLE_MARK}</p>`, last?.outerHTML]
  return { edges: edges.join(''), parts }
}

/** Where ProseMirror splits a plain-text paste into paragraphs. */
const LINE_BREAKS = /(?:\r\n?|\n)+/

/**
 * Takes a long plain-text paste apart as {@link splitLongPaste} does an HTML one: its edges as
 * text (ProseMirror makes a paragraph of each line), its middle as paragraph elements. Null when
 * it has too few lines.
 */
export function splitLongText(text: string, document: Document): SplitPaste | null {
  const lines = text.split(LINE_BREAKS)
  if (lines.length < MIN_BLOCKS) return null
  const middle = lines.slice(HEAD_BLOCKS, -1)
  const parts: (() => Element[])[] = []
  for (let from = 0; from < middle.length; from += BLOCKS_PER_PART) {
    const part = middle.slice(from, from + BLOCKS_PER_PART)
    parts.push(() =>
      part.map((line) => {
        const paragraph = document.createElement('p')
        paragraph.textContent = line
        return paragraph
      }),
    )
  }
  const edges = [...lines.slice(0, HEAD_BLOCKS), MIDDLE_MARK, lines[lines.length - 1]]
  return { edges: edges.join('\n'), parts }
}

/** Inline elements a line break ends a line within (ProseMirror's own clipboard rule). */
const INLINE_PARENTS =
  /^(a|abbr|acronym|b|cite|code|del|em|i|ins|kbd|label|output|q|ruby|s|samp|span|strong|sub|sup|time|u|tt|var)$/i

/** A block's trailing line break is dropped, as ProseMirror does when it parses a paste. */
function ruleFromNode(node: Node): Omit<TagParseRule, 'tag'> | null {
  const ends = node.nodeName === 'BR' && !node.nextSibling && node.parentNode
  return ends && !INLINE_PARENTS.test(node.parentNode?.nodeName ?? '') ? { ignore: true } : null
}

/**
 * Parses the middle of a split paste into blocks, one part per task (`between` before each), as
 * ProseMirror parses a paste: plain text keeps its white space.
 */
export async function parseMiddle(
  parts: readonly (() => Element[])[],
  parser: ProseMirrorDOMParser,
  between: () => Promise<void>,
  { preserveWhitespace = false }: { preserveWhitespace?: boolean } = {},
): Promise<ProseMirrorNode[]> {
  // `ruleFromNode` is an option ProseMirror's types leave out.
  const options = { preserveWhitespace, ruleFromNode } as ParseOptions
  const blocks: ProseMirrorNode[] = []
  for (const makePart of parts) {
    await between()
    const part = makePart()
    const container = (part[0]?.ownerDocument ?? document).createElement('div')
    container.append(...part)
    parser.parse(container, options).forEach((block) => blocks.push(block))
  }
  return blocks
}

/**
 * The slice ProseMirror made of a split paste's edges with the middle's blocks in place of the
 * mark: the slice the whole paste would have made. Where the mark is not a top-level block
 * (never expected), the middle goes before the last block, so nothing pasted is lost.
 */
export function withMiddle(slice: Slice, middle: readonly ProseMirrorNode[]): Slice {
  const blocks: ProseMirrorNode[] = []
  let placed = false
  slice.content.forEach((node) => {
    if (!placed && node.isTextblock && node.textContent === MIDDLE_MARK) {
      blocks.push(...middle)
      placed = true
    } else {
      blocks.push(node)
    }
  })
  if (!placed) blocks.splice(Math.max(0, blocks.length - 1), 0, ...middle)
  return new Slice(Fragment.fromArray(blocks), slice.openStart, slice.openEnd)
}
