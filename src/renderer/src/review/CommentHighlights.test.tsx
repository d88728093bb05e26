import type { Comment } from '@shared/article/Comment'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { CommentHighlights } from './CommentHighlights'

const comment = (id: string, resolved: boolean): Comment => ({
  id,
  quote: '',
  body: 'b',
  author: 'Ana',
  createdAt: '',
  resolved,
  resolvedBy: null,
  resolvedAt: null,
  replies: [],
})

/** The CSS declarations that apply to comment `id`, in stylesheet order. */
function rulesFor(css: string, id: string): string[] {
  return css
    .split('}')
    .filter((block) => block.includes(`[data-comment-id="${id}"]`))
    .map((block) => block.slice(block.indexOf('{') + 1).trim())
}

function css(props: Parameters<typeof CommentHighlights>[0]): string {
  return renderToStaticMarkup(<CommentHighlights {...props} />)
    .replace(/^<style[^>]*>|<\/style>$/g, '')
    .replaceAll('&quot;', '"')
}

describe('CommentHighlights', () => {
  const comments = [comment('open1', false), comment('done1', true)]

  it('highlights open comments, dims resolved ones and leaves unknown marks alone', () => {
    const sheet = css({ comments, activeId: null, draftId: null })
    expect(rulesFor(sheet, 'open1')).toEqual([
      'background: var(--comment-open); border-bottom: 2px solid var(--comment-line);',
    ])
    expect(rulesFor(sheet, 'done1')).toEqual([
      'background: var(--comment-resolved); border-bottom: 0;',
    ])
    expect(sheet).not.toContain('stray')
  })

  it('shows the active comment and the draft strongest', () => {
    const sheet = css({ comments, activeId: 'done1', draftId: 'draft1' })
    expect(rulesFor(sheet, 'done1').at(-1)).toBe('background: var(--comment-active);')
    expect(rulesFor(sheet, 'draft1')).toHaveLength(1)
  })
})
