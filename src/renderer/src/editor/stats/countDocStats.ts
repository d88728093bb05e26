import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { countWords } from '@shared/article/countWords'
import { nodeDefinition } from '@shared/editor/documentNodes'

/** Word and character counts of a document. */
export interface DocStats {
  words: number
  characters: number
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g

/**
 * Nodes are immutable and an edit replaces only the blocks it touches, so caching per top-level
 * block makes a recount after a keystroke cost one block, not the whole article.
 */
const blockCache = new WeakMap<ProseMirrorNode, DocStats>()

function countText(text: string): DocStats {
  const words = countWords(text)
  const characters = text.length - (text.match(SURROGATE_PAIR)?.length ?? 0)
  return { words, characters }
}

/** Text a node keeps in its attributes (an image's caption), as its definition says. */
function attributeText(node: ProseMirrorNode): string {
  return nodeDefinition(node.type.name)?.attributeText?.(node.attrs) ?? ''
}

/** The text an inline leaf stands for (a hard break is a newline). */
function leafText(node: ProseMirrorNode): string {
  return nodeDefinition(node.type.name)?.leafText ?? ''
}

function countBlock(block: ProseMirrorNode): DocStats {
  const cached = blockCache.get(block)
  if (cached) return cached
  // Blocks are separated by a newline so "end.</p><p>Start" stays two words; the separators
  // are not counted as characters.
  const parts: string[] = [attributeText(block)]
  block.descendants((node) => {
    if (node.isText) parts.push(node.text ?? '')
    else if (node.isBlock) parts.push('\n', attributeText(node))
    else parts.push(leafText(node))
    return true
  })
  const text = parts.join('')
  const { words, characters } = countText(text)
  const newlines = text.length - text.replaceAll('\n', '').length
  const stats = { words, characters: characters - newlines }
  blockCache.set(block, stats)
  return stats
}

/**
 * Counts words and characters (spaces included, line breaks not; image captions included).
 * Words are counted as the library counts them (`countWords`), so History and the list agree
 * with the status bar.
 * Unchanged blocks come from a cache, so calling this after every edit stays cheap.
 */
export function countDocStats(doc: ProseMirrorNode): DocStats {
  let words = 0
  let characters = 0
  doc.forEach((block) => {
    const stats = countBlock(block)
    words += stats.words
    characters += stats.characters
  })
  return { words, characters }
}
