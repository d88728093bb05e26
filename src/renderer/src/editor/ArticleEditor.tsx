import type { DocNode } from '@shared/article/Article'
import { getSchema, type Editor, type JSONContent } from '@tiptap/core'
import { EditorContent, useEditor, type UseEditorOptions } from '@tiptap/react'
import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { t } from '@shared/i18n/i18n'
import { createEditorExtensions, type EditorExtensionOptions } from './createEditorExtensions'
import { docToJson } from './docToJson'
import { documentFitsSchema } from './documentFitsSchema'
import { docWithPendingPaste, type PasteProgress } from './extensions/PasteInParts'
import { EditorBubbleMenu } from './EditorBubbleMenu'
import { importPastedDataImages } from './images/importPastedDataImages'
import { insertImageFiles } from './images/insertImageFiles'
import { WebImageDownloads } from './images/WebImageDownloads'
import { WebImagesNotice } from './images/WebImagesNotice'
import { missingImagesMessage } from './images/missingImagesMessage'
import { pickImageFiles } from './images/pickImageFiles'
import { LinkPopover } from './LinkPopover'
import { PasteProgressNotice } from './PasteProgressNotice'
import type { DocStats } from './stats/countDocStats'
import { useDocStats } from './stats/useDocStats'
import { EditorToolbar } from './toolbar/EditorToolbar'
import { ValueStore } from '../store/ValueStore'

/** Props of {@link ArticleEditor}. */
export interface ArticleEditorProps {
  articleId: string
  /** ProseMirror JSON from the article; remount (key) to load another article. */
  initialDoc: DocNode
  /** For viewing revisions: no toolbar, no editing. */
  readOnly?: boolean
  /** Called on each document change; `getDoc` builds the JSON only when called. */
  onChange(getDoc: () => DocNode): void
  /** Word and character counts, reported in idle time after edits settle. */
  onStats?(stats: { words: number; characters: number }): void
  /** Uploads an image to the library; resolves to the `asset:…` src, throws with a message. */
  importImage(file: File): Promise<{ src: string }>
  /**
   * Downloads a web image into the article's assets (after a paste or drop, or when the person
   * asks); without it (a site that keeps web images where they are) they stay placeholders.
   */
  downloadImage?: (url: string) => Promise<{ src: string }>
  onError?(message: string): void
  /** A problem with a way to fix it (pasted pictures that stayed behind: insert from a file). */
  onNotice?(message: string, action: { label: string; run(): void }): void
  onBlur?(): void
  /** Comment on the selection (bubble menu, Mod-Alt-M); without it, no commenting. */
  onComment?(): void
  /** Hands out the TipTap editor once, for panels that work on the document (comments). */
  onEditor?(editor: Editor): void
  /** A team article: the body lives in this Y.Doc, shared live (see createEditorExtensions). */
  collaboration?: EditorExtensionOptions['collaboration']
  /** A reviewer: the text can be selected and commented on, not changed; no toolbar. */
  commentOnly?: boolean
}

/** Width the link popover needs, to keep it inside the surface. */
const POPOVER_WIDTH = 360

/**
 * The article body editor: toolbar, bubble menu, link popover and image details around a TipTap
 * editor. React does not re-render while typing (`shouldRerenderOnTransaction: false`); the
 * toolbar re-renders only when its state changes, and counting words runs in idle time.
 */
export function ArticleEditor(props: ArticleEditorProps) {
  const latest = useRef(props)
  useLayoutEffect(() => {
    latest.current = props
  })
  const surface = useRef<HTMLDivElement>(null)
  const editorRef = useRef<Editor | null>(null)
  const openLinkRef = useRef<() => void>(() => undefined)
  const onStats = useRef((stats: DocStats) => latest.current.onStats?.(stats))
  const [linkAt, setLinkAt] = useState<{ top: number; left: number } | null>(null)

  // Built once: a new options object per render would make TipTap reconfigure the view.
  // eslint-disable-next-line react-hooks/refs -- the refs are read later, in editor callbacks
  const [setup] = useState(() => {
    const reportError = (message: string) => latest.current.onError?.(message)
    const importImage = (file: File) => latest.current.importImage(file)
    const pasteProgress = new ValueStore<PasteProgress | null>(null)
    const webImages = new WebImageDownloads(() => latest.current.downloadImage, reportError)
    const extensions = createEditorExtensions({
      articleId: props.articleId,
      onLinkShortcut: () => openLinkRef.current(),
      onImageFiles: ({ editor, files, position }) =>
        void insertImageFiles(editor, files, position, importImage, reportError),
      onComment: () => latest.current.onComment?.(),
      onPasteNotice: reportError,
      onPasteProgress: (value) => pasteProgress.set(value),
      webImages,
      onMissingImages: (names) => {
        const insertFromFile = () =>
          pickImageFiles((files) => {
            const editor = editorRef.current
            if (editor) void insertImageFiles(editor, files, null, importImage, reportError)
          })
        const message = missingImagesMessage(names)
        const notify = latest.current.onNotice
        if (notify) notify(message, { label: t('editor.text.insertFromFile'), run: insertFromFile })
        else reportError(message)
      },
      collaboration: props.collaboration,
      commentOnly: props.commentOnly,
    })
    // A team article's body comes from its Y.Doc, which the server holds to the schema.
    const readable =
      props.collaboration !== undefined ||
      documentFitsSchema(getSchema(extensions), props.initialDoc)
    const options: UseEditorOptions = {
      extensions,
      content: readable && !props.collaboration ? (props.initialDoc as JSONContent) : null,
      editable: readable && !props.readOnly,
      shouldRerenderOnTransaction: false,
      immediatelyRender: true,
      onUpdate: ({ editor, transaction }) => {
        if (!readable) return
        // A long paste still coming in is saved whole, so leaving meanwhile loses none of it.
        latest.current.onChange(() => docToJson(docWithPendingPaste(editor.state)))
        const uiEvent: unknown = transaction.getMeta('uiEvent')
        if (uiEvent === 'paste' || uiEvent === 'drop') {
          void importPastedDataImages(editor, importImage, reportError)
          void webImages.downloadAdded(editor, transaction.before)
        }
      },
      onBlur: () => latest.current.onBlur?.(),
      editorProps: {
        // A function, so the label follows the language at the next update.
        attributes: () => ({
          class: 'ui-prose',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': t('editor.text.label'),
          ...(props.commentOnly ? { 'aria-readonly': 'true' } : {}),
          spellcheck: 'true',
        }),
      },
    }
    return { options, readable, importImage, reportError, webImages, pasteProgress }
  })
  const editor = useEditor(setup.options)
  const editable = setup.readable && !props.readOnly
  const { t: translate, i18n } = useTranslation()

  useLayoutEffect(() => {
    editor.view.dom.setAttribute('aria-label', t('editor.text.label'))
  }, [editor, i18n.language])

  useLayoutEffect(() => {
    if (editor.isEditable !== editable) editor.setEditable(editable, false)
  }, [editor, editable])

  useLayoutEffect(() => {
    if (!setup.readable) latest.current.onError?.(t('editor.text.unreadable'))
  }, [setup])

  useDocStats(editor, onStats)

  useLayoutEffect(() => {
    editorRef.current = editor
    latest.current.onEditor?.(editor)
  }, [editor])

  const openLink = useCallback(() => {
    const box = surface.current
    if (!editor.isEditable || !box) return
    const bounds = box.getBoundingClientRect()
    let caret = { left: bounds.left, bottom: bounds.top }
    try {
      // Below the last line of the selection, so the popover never hides the linked words.
      const { from, to } = editor.state.selection
      caret = {
        left: editor.view.coordsAtPos(from).left,
        bottom: editor.view.coordsAtPos(to).bottom,
      }
    } catch {
      // No layout (e.g. a hidden editor): fall back to the top of the surface.
    }
    const maxLeft = Math.max(0, bounds.width - POPOVER_WIDTH)
    setLinkAt({
      top: caret.bottom - bounds.top + 6,
      left: Math.min(Math.max(0, caret.left - bounds.left), maxLeft),
    })
  }, [editor])
  useLayoutEffect(() => {
    openLinkRef.current = openLink
  }, [openLink])

  const closeLink = useCallback(() => setLinkAt(null), [])
  const onComment = useCallback(() => latest.current.onComment?.(), [])
  const pickImages = useCallback(
    (files: File[]) =>
      void insertImageFiles(editor, files, null, setup.importImage, setup.reportError),
    [editor, setup],
  )

  return (
    <div className={editable ? 'ui-editor' : 'ui-editor ui-editor--readonly'}>
      {!setup.readable && (
        <p className="ui-editor__notice" role="alert">
          {translate('editor.text.unreadable')}
        </p>
      )}
      {editable && !props.commentOnly && (
        <EditorToolbar editor={editor} onLink={openLink} onImageFiles={pickImages} />
      )}
      {editable && props.downloadImage && (
        <WebImagesNotice editor={editor} webImages={setup.webImages} />
      )}
      <div className="ui-editor__surface" ref={surface}>
        <EditorContent editor={editor} data-testid="editor" className="ui-editor__content" />
        {editable && (
          <EditorBubbleMenu
            editor={editor}
            onLink={openLink}
            onComment={props.onComment ? onComment : undefined}
            commentOnly={props.commentOnly}
          />
        )}
        {editable && linkAt && (
          <LinkPopover editor={editor} position={linkAt} onClose={closeLink} />
        )}
      </div>
      <PasteProgressNotice progress={setup.pasteProgress} />
    </div>
  )
}
