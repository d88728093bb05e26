import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleMeta, DocNode } from '@shared/article/Article'
import type { PreviewInput, PreviewResult } from '@shared/ipc/channels/preview'
import { ToastContext } from '../ui/ToastContext'
import { ToastStore } from '../ui/ToastStore'
import { LiveArticle } from './LiveArticle'
import { PreviewPane } from './PreviewPane'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

const meta: ArticleMeta = {
  id: 'a1b2c3d4e5f6',
  title: 'Harbour opens',
  slug: 'harbour-opens',
  slugLocked: false,
  excerpt: '',
  category: 'Business',
  tags: [],
  author: '',
  publishDate: null,
  featuredImage: null,
  seoTitle: '',
  seoDescription: '',
  status: 'draft',
  siteId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
}
const doc = (text: string): DocNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})

let answer: (input: PreviewInput) => PreviewResult
const requests: PreviewInput[] = []
;(window as unknown as { copydesk: unknown }).copydesk = {
  preview: {
    render: async (input: PreviewInput) => {
      requests.push(input)
      return { ok: true, value: answer(input) }
    },
  },
  app: { openExternal: async () => ({ ok: true, value: undefined }) },
}

const pageOf = (input: PreviewInput): string =>
  `<!doctype html><html><head></head><body><h1 class="cd-title">${input.meta.title}</h1>` +
  `<div class="cd-body">${JSON.stringify(input.doc)}</div></body></html>`

let container: HTMLDivElement
let root: Root

beforeEach(() => {
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
  requests.length = 0
  answer = (input) => ({ html: pageOf(input), error: null })
})
afterEach(() => {
  act(() => root.unmount())
  container.remove()
})

async function settle(ms = 20): Promise<void> {
  await act(async () => {
    await new Promise((done) => setTimeout(done, ms))
  })
}

/** Lets React and the preview's timers run until `check` passes (or fails after `timeout`). */
async function settleUntil(check: () => void, timeout = 3000): Promise<void> {
  const deadline = Date.now() + timeout
  for (;;) {
    await settle()
    try {
      check()
      return
    } catch (error) {
      if (Date.now() > deadline) throw error
    }
  }
}

function show(live: LiveArticle): void {
  act(() =>
    root.render(
      <ToastContext.Provider value={new ToastStore()}>
        <PreviewPane
          live={live}
          articleId={meta.id}
          articleSiteId={null}
          sites={[]}
          full={false}
          onFull={() => undefined}
          onClose={() => undefined}
          flush={async () => true}
        />
      </ToastContext.Provider>,
    ),
  )
}

const frame = (): HTMLIFrameElement =>
  container.querySelector('[data-testid=preview-frame]') as HTMLIFrameElement

describe('PreviewPane', () => {
  it('renders the live article into a frame sandboxed without scripts', async () => {
    show(new LiveArticle(meta, doc('First words')))
    await settleUntil(() => expect(frame().getAttribute('srcdoc')).toContain('First words'))
    expect(frame().getAttribute('sandbox')).toBe('allow-same-origin')
    expect(requests[0]?.meta.title).toBe('Harbour opens')
  })

  it('lays the page out at the chosen width', async () => {
    show(new LiveArticle(meta, doc('Text')))
    await settleUntil(() => expect(frame().style.width).toBe('1280px'))
    act(() => (container.querySelector('[data-testid=preview-width-phone]') as HTMLElement).click())
    expect(frame().style.width).toBe('390px')
    expect(container.querySelector('[data-testid=preview-width-label]')?.textContent).toContain(
      '390 px',
    )
    expect(
      container.querySelector('[data-testid=preview-width-phone]')?.getAttribute('aria-pressed'),
    ).toBe('true')
    act(() =>
      (container.querySelector('[data-testid=preview-width-tablet]') as HTMLElement).click(),
    )
    expect(frame().style.width).toBe('768px')
  })

  it('zooms to a fixed scale, which the width label states, and back to fit', async () => {
    show(new LiveArticle(meta, doc('Text')))
    await settleUntil(() => expect(frame()).toBeTruthy())
    act(() =>
      (container.querySelector('[data-testid=preview-width-desktop]') as HTMLElement).click(),
    )
    const zoom = container.querySelector('[data-testid=preview-zoom]') as HTMLSelectElement
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(zoom, '0.75')
      zoom.dispatchEvent(new Event('change', { bubbles: true }))
    })
    expect(frame().dataset.scale).toBe('0.750')
    expect(frame().style.transform).toBe('scale(0.75)')
    expect(container.querySelector('[data-testid=preview-width-label]')?.textContent).toBe(
      '1280 px · shown at 75%',
    )
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(zoom, '1')
      zoom.dispatchEvent(new Event('change', { bubbles: true }))
    })
    expect(frame().dataset.scale).toBe('1.000')
    expect(frame().style.transform).toBe('')
  })

  it('renders again with the editor’s latest document, not once per keystroke', async () => {
    const live = new LiveArticle(meta, doc('v0'))
    show(live)
    await settleUntil(() => expect(requests).toHaveLength(1))
    for (let i = 1; i <= 10; i++) live.docChanged(() => doc(`v${i}`))
    await settleUntil(() => expect(JSON.stringify(requests.at(-1)?.doc)).toContain('v10'))
    expect(requests.length).toBeLessThanOrEqual(3)
  })

  it('shows a theme error with its place above the last good page', async () => {
    const live = new LiveArticle(meta, doc('Good text'))
    show(live)
    await settleUntil(() => expect(frame().getAttribute('srcdoc')).toContain('Good text'))
    answer = () => ({
      html: '',
      error: { message: 'unexpected token "}}"', line: 12, file: 'article.liquid' },
    })
    live.docChanged(() => doc('Broken now'))
    const banner = () => container.querySelector('[data-testid=preview-theme-error]')
    await settleUntil(() => expect(banner()?.textContent).toContain('article.liquid:12'))
    expect(banner()?.textContent).toContain('unexpected token')
    expect(frame().getAttribute('srcdoc')).toContain('Good text')
  })
})
