import type { DocNode } from '../../article/Article'
import {
  bold,
  br,
  code,
  doc,
  h,
  hr,
  img,
  inlineCode,
  italic,
  li,
  link,
  ol,
  p,
  quote,
  strike,
  table,
  td,
  text,
  th,
  tr,
  ul,
  underline,
} from './docBuilders'

/** A small seeded generator (mulberry32), so a failing document can be reproduced by its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Words that look like Markdown, HTML or entities, mixed with plain ones. */
const WORDS = [
  'report',
  'growth',
  'Leeds',
  'été',
  '東京',
  '*star*',
  '_under_',
  '# hash',
  '1.',
  '2)',
  '-',
  '+',
  '>',
  '<b>',
  '<script>',
  '&amp;',
  '&copy;',
  '[a](b)',
  '`tick`',
  '~~',
  '|',
  '\\',
  '---',
  '$$',
  '{: .x}',
  'a_b_c',
  '!',
  'http://x.test',
  '"quoted"',
  "it's",
  '(paren)',
  '**',
  ':',
  '=',
]

type Random = () => number
const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T
const count = (random: Random, max: number): number => 1 + Math.floor(random() * max)

function words(random: Random, max: number): string {
  return Array.from({ length: count(random, max) }, () => pick(random, WORDS)).join(' ')
}

const MARK_SETS = [
  [],
  [],
  [bold],
  [italic],
  [bold, italic],
  [strike],
  [underline],
  [inlineCode],
  [link('https://example.com/a?b=1&c=2')],
  [link('/about'), bold],
]

/**
 * Inline content of whole words: marks start and end at word edges with plain spaces between
 * runs, as writers format text (the Markdown writer moves edge spaces out of emphasis anyway).
 */
function inline(random: Random, allowBreaks: boolean): DocNode[] {
  const nodes: DocNode[] = []
  const runs = count(random, 4)
  for (let i = 0; i < runs; i++) {
    if (i > 0) nodes.push(allowBreaks && random() < 0.15 ? br() : text(' '))
    const marks = pick(random, MARK_SETS)
    nodes.push(text(words(random, 3), ...marks))
  }
  return nodes
}

function block(random: Random, depth: number): DocNode {
  const kinds =
    depth > 2
      ? ['p', 'p', 'h']
      : ['p', 'p', 'p', 'h', 'ul', 'ol', 'quote', 'code', 'hr', 'img', 'table']
  switch (pick(random, kinds)) {
    case 'h':
      return h(2 + Math.floor(random() * 3), ...inline(random, false))
    case 'ul':
      return ul(...Array.from({ length: count(random, 3) }, () => item(random, depth)))
    case 'ol':
      return ol(
        Math.floor(random() * 12),
        ...Array.from({ length: count(random, 3) }, () => item(random, depth)),
      )
    case 'quote':
      return quote(...Array.from({ length: count(random, 2) }, () => block(random, depth + 1)))
    case 'code':
      return code(
        pick(random, [null, 'ts', 'c++']),
        `${words(random, 4)}\n\`\`\`\n  ${words(random, 3)}`,
      )
    case 'hr':
      return hr()
    case 'img':
      return img(
        `https://images.example/${count(random, 99)}.png`,
        words(random, 2),
        random() < 0.5 ? words(random, 3) : '',
      )
    case 'table': {
      const columns = count(random, 3)
      const row = (cell: typeof td): DocNode =>
        tr(...Array.from({ length: columns }, () => cell(p(...inline(random, false)))))
      return table(
        row(random() < 0.7 ? th : td),
        ...Array.from({ length: count(random, 2) }, () => row(td)),
      )
    }
    default:
      return p(...inline(random, true))
  }
}

function item(random: Random, depth: number): DocNode {
  const rest = Array.from({ length: Math.floor(random() * 2) }, () => block(random, depth + 1))
  return li(p(...inline(random, true)), ...rest)
}

/** A random document of a few blocks, nesting bounded, from a seed. */
export function randomDoc(seed: number): DocNode {
  const random = seededRandom(seed)
  return doc(...Array.from({ length: count(random, 6) }, () => block(random, 0)))
}
