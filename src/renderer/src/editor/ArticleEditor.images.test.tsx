import type { DocNode } from '@shared/article/Article'
import { act } from 'react'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import {
  mountArticleEditor,
  settle,
  typeInto,
  type MountedEditor,
} from './testing/mountArticleEditor'

let mounted: MountedEditor | undefined
afterEach(() => mounted?.unmount())
// The bubble menu debounces its updates by 250 ms; let those timers fire before jsdom goes away.
afterAll(() => settle(300))

const NAME = `${'b'.repeat(64)}.png`
const ASSET = `asset:${NAME}`
const PNG = 'data:image/png;base64,iVBORw0KGgo='

function pick(input: HTMLElement | null, files: File[]): void {
  Object.defineProperty(input, 'files', { value: files, configurable: true })
  act(() => void input?.dispatchEvent(new Event('change', { bubbles: true })))
}

const png = (name = 'photo.png') =>
  new File([new Uint8Array([137, 80, 78, 71])], name, { type: 'image/png' })

describe('ArticleEditor images', () => {
  it('shows asset images from /media while the document keeps the asset: src', () => {
    mounted = mountArticleEditor({
      initialDoc: {
        type: 'doc',
        content: [{ type: 'image', attrs: { src: ASSET, alt: 'Chart', caption: 'Sales by year' } }],
      },
    })
    const img = mounted.container.querySelector('.ProseMirror figure img')
    expect(img?.getAttribute('src')).toBe(`/media/a-test/${NAME}`)
    expect(img?.getAttribute('alt')).toBe('Chart')
    expect(mounted.container.querySelector('figcaption')?.textContent).toBe('Sales by year')
    expect(mounted.doc().content?.[0]?.attrs).toMatchObject({
      src: ASSET,
      alt: 'Chart',
      caption: 'Sales by year',
    })
    expect(mounted.editor.getHTML()).toBe(
      `<figure><img src="${ASSET}" alt="Chart"><figcaption>Sales by year</figcaption></figure>`,
    )
  })

  it('loads no image from a script or SVG src that came in with a document, and keeps it stored', () => {
    const srcs = [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'data:image/svg+xml,<svg onload=alert(1)>',
    ]
    mounted = mountArticleEditor({
      initialDoc: {
        type: 'doc',
        content: srcs.map((src) => ({ type: 'image', attrs: { src, alt: 'Chart' } })),
      },
    })
    const imgs = [...mounted.container.querySelectorAll('.ProseMirror figure img')]
    expect(imgs.map((img) => img.getAttribute('src'))).toEqual([null, null, null])
    expect(mounted.container.querySelectorAll('figure.ui-figure--blocked')).toHaveLength(3)
    expect(mounted.doc().content?.map((node) => node.attrs?.src)).toEqual(srcs)
    expect(mounted.editor.getHTML()).not.toMatch(/src=/)
  })

  it('imports a picked file, inserts it selected, and edits its alt text and caption', async () => {
    mounted = mountArticleEditor()
    const { props, byTestId, doc } = mounted
    props.importImage.mockResolvedValue({ src: ASSET })
    const file = png()
    pick(byTestId('tb-image-input'), [file])
    await settle()
    expect(props.importImage).toHaveBeenCalledWith(file)
    const image = () => doc().content?.find((node) => node.type === 'image')
    expect(image()?.attrs?.src).toBe(ASSET)

    typeInto(byTestId('image-alt'), 'Staff at the new campus')
    typeInto(byTestId('image-caption'), 'The Leeds office')
    expect(image()?.attrs).toMatchObject({
      alt: 'Staff at the new campus',
      caption: 'The Leeds office',
    })
    expect(mounted.container.querySelector('figcaption')?.textContent).toBe('The Leeds office')
  })

  it('reports a refused file with the message from main and keeps going', async () => {
    mounted = mountArticleEditor()
    const { props, byTestId, doc } = mounted
    props.importImage
      .mockRejectedValueOnce({ code: 'refused', message: 'That file is not an image.' })
      .mockResolvedValueOnce({ src: ASSET })
    pick(byTestId('tb-image-input'), [png('notes.txt'), png()])
    await settle()
    expect(props.onError).toHaveBeenCalledWith('That file is not an image.')
    expect(doc().content?.filter((node) => node.type === 'image')).toHaveLength(1)
  })

  it('stores pasted data: images as assets', async () => {
    mounted = mountArticleEditor()
    const { props, editor } = mounted
    props.importImage.mockResolvedValue({ src: ASSET })
    act(() => void editor.view.pasteHTML(`<p>Chart:</p><img src="${PNG}" alt="Chart">`))
    await settle()
    const file = props.importImage.mock.calls[0]?.[0] as File
    expect(file.type).toBe('image/png')
    expect(file.name).toBe('pasted-image-1.png')
    const image = mounted.doc().content?.find((node) => node.type === 'image')
    expect(image?.attrs).toMatchObject({ src: ASSET, alt: 'Chart' })
  })

  it('leaves out a pasted data: image that main refuses, and says so', async () => {
    mounted = mountArticleEditor()
    const { props, editor } = mounted
    props.importImage.mockRejectedValue(new Error('Images can be at most 50 MB.'))
    act(() => void editor.view.pasteHTML(`<p>Chart:</p><img src="${PNG}">`))
    await settle()
    expect(props.onError).toHaveBeenCalledWith(
      'A pasted image was left out: Images can be at most 50 MB.',
    )
    expect(JSON.stringify(mounted.doc())).not.toContain('data:')
  })

  describe('web images', () => {
    const REMOTE = 'https://images.example/chart.png'
    const OTHER = 'https://photos.example/team.jpg'
    const withWebImages: DocNode = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Before' }] },
        { type: 'image', attrs: { src: REMOTE, alt: 'Chart', caption: 'Sales' } },
        { type: 'image', attrs: { src: OTHER, alt: 'Team' } },
        { type: 'paragraph', content: [{ type: 'text', text: 'After' }] },
      ],
    }
    const srcs = () =>
      mounted
        ?.doc()
        .content?.filter((node) => node.type === 'image')
        .map((node) => node.attrs?.src)

    it('keeps the address of a placeholder that is copied and pasted, loading nothing', () => {
      mounted = mountArticleEditor({ initialDoc: withWebImages })
      const { editor } = mounted
      act(() => void editor.commands.setNodeSelection(8))
      expect(editor.state.selection.content().content.firstChild?.attrs.src).toBe(REMOTE)
      const { dom } = editor.view.serializeForClipboard(editor.state.selection.content())
      expect(dom.querySelector('img')?.hasAttribute('src')).toBe(false)
      act(() => void editor.commands.setTextSelection(editor.state.doc.content.size - 1))
      act(() => void editor.view.pasteHTML(dom.innerHTML))
      expect(srcs()).toEqual([REMOTE, OTHER, REMOTE])
      const imgs = [...mounted.container.querySelectorAll('.ProseMirror figure img')]
      expect(imgs.map((img) => img.getAttribute('src'))).toEqual([null, null, null])
    })

    it('downloads one image from its placeholder, and the rest with Download all', async () => {
      const downloadImage = vi.fn((url: string) =>
        Promise.resolve({ src: url === REMOTE ? ASSET : `asset:${'d'.repeat(64)}.jpg` }),
      )
      mounted = mountArticleEditor({ initialDoc: withWebImages, downloadImage })
      const { container, byTestId } = mounted
      expect(downloadImage).not.toHaveBeenCalled()
      expect(byTestId('web-images-notice')?.textContent).toContain('2 images are still on')
      const buttons = container.querySelectorAll<HTMLButtonElement>('.ui-figure__download')
      expect([...buttons].map((b) => b.hidden)).toEqual([false, false])
      act(() => buttons[0]?.click())
      await settle(300)
      expect(downloadImage.mock.calls).toEqual([[REMOTE]])
      expect(srcs()).toEqual([ASSET, OTHER])
      expect(byTestId('web-images-notice')?.textContent).toContain('1 image is still on')
      act(() => byTestId('download-web-images')?.click())
      await settle(300)
      expect(downloadImage.mock.calls).toEqual([[REMOTE], [OTHER]])
      expect(srcs()).toEqual([ASSET, `asset:${'d'.repeat(64)}.jpg`])
      expect(byTestId('web-images-notice')).toBeNull()
    })

    it('offers no download while the site keeps web images where they are', () => {
      mounted = mountArticleEditor({ initialDoc: withWebImages })
      const { container, byTestId } = mounted
      expect(byTestId('web-images-notice')).toBeNull()
      expect(container.querySelectorAll('.ui-figure__download')).toHaveLength(0)
      expect(container.querySelectorAll('figure.ui-figure--remote')).toHaveLength(2)
    })
  })
})
