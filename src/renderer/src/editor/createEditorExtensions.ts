import type { Extensions } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { ARTICLE_DOC_ROOTS } from '@shared/team/ArticleDocRoot'
import { assetUrl } from '@shared/article/assetSrc'
import { createDocumentExtensions } from './createDocumentExtensions'
import type { WebImageDownloads } from './images/WebImageDownloads'
import { AfterHeadingSpacing } from './extensions/AfterHeadingSpacing'
import { CommentOnly } from './extensions/CommentOnly'
import { CopydeskPlaceholder } from './extensions/CopydeskPlaceholder'
import { CopydeskStarterKit } from './extensions/CopydeskStarterKit'
import { CopydeskTypography } from './extensions/CopydeskTypography'
import { ImageFileHandler, type ImageFilesRequest } from './extensions/ImageFileHandler'
import { LinkShortcut } from './extensions/LinkShortcut'
import { PasteCleaner } from './extensions/PasteCleaner'
import { PasteInParts, type PasteProgress } from './extensions/PasteInParts'

/** Options of {@link createEditorExtensions}. */
export interface EditorExtensionOptions {
  /** The article whose `asset:` images are shown (from `/media/<articleId>/…`). */
  articleId: string
  /** Mod-K: open the link popover. */
  onLinkShortcut?: () => void
  /** Image files pasted or dropped into the editor. */
  onImageFiles?: (request: ImageFilesRequest) => void
  /** Mod-Alt-M: comment on the selection. */
  onComment?: () => void
  /** What a paste or drop refused or took out, said once (see PasteCleaner). */
  onPasteNotice?: (message: string) => void
  /** How far a long paste taken in by parts has come; null once it is all in. */
  onPasteProgress?: (progress: PasteProgress | null) => void
  /** Web images the person can download from their placeholders. */
  webImages?: WebImageDownloads
  /** Pasted images that were only references to files on the computer, by name. */
  onMissingImages?: (names: string[]) => void
  /**
   * A team article: the body is edited in this Y.Doc (TipTap Collaboration, which brings its
   * own undo of only this person's changes), and the others' carets come from the awareness.
   */
  collaboration?: { doc: Y.Doc; awareness: Awareness; user: { name: string; color: string } }
  /** A reviewer: select and comment, but no change to the text (see CommentOnly). */
  commentOnly?: boolean
}

/** The others' carets: a coloured bar with the person's name above it. */
function renderCaret(user: Record<string, unknown>): HTMLElement {
  const caret = document.createElement('span')
  caret.className = 'ui-caret'
  caret.style.borderColor = String(user.color)
  const label = document.createElement('span')
  label.className = 'ui-caret__label'
  label.style.backgroundColor = String(user.color)
  label.textContent = String(user.name)
  caret.append(label)
  return caret
}

function collaborationExtensions(
  collaboration: NonNullable<EditorExtensionOptions['collaboration']>,
): Extensions {
  const { doc, awareness, user } = collaboration
  return [
    Collaboration.configure({ document: doc, field: ARTICLE_DOC_ROOTS.body }),
    CollaborationCaret.configure({ provider: { awareness }, user, render: renderCaret }),
  ]
}

/**
 * The extensions of Copydesk's article editor, in one place so the editor, the read-only
 * revision viewer and the typing benchmark build the same schema and behaviour. The document's
 * nodes and marks come first, built from the shared definitions.
 */
export function createEditorExtensions(options: EditorExtensionOptions): Extensions {
  const {
    articleId,
    onLinkShortcut,
    onImageFiles,
    onComment,
    onPasteNotice,
    onPasteProgress,
    webImages,
    onMissingImages,
    collaboration,
  } = options
  return [
    ...createDocumentExtensions({
      resolveImageSrc: (src) => assetUrl(articleId, src),
      onComment: onComment ?? (() => undefined),
      webImages,
    }),
    // Collaboration undoes only this person's changes; StarterKit's undo would undo anyone's.
    collaboration ? CopydeskStarterKit.configure({ undoRedo: false }) : CopydeskStarterKit,
    CopydeskTypography,
    CopydeskPlaceholder,
    AfterHeadingSpacing,
    PasteCleaner.configure({
      onNotice: onPasteNotice ?? null,
      onMissingImages: onMissingImages ?? null,
    }),
    // A team article's body is shared live through its Y.Doc, so a paste goes in at once there.
    ...(collaboration ? [] : [PasteInParts.configure({ onProgress: onPasteProgress ?? null })]),
    LinkShortcut.configure({ onOpen: onLinkShortcut ?? (() => undefined) }),
    ImageFileHandler.configure({ onFiles: onImageFiles ?? null }),
    ...(collaboration ? collaborationExtensions(collaboration) : []),
    ...(options.commentOnly ? [CommentOnly] : []),
  ]
}
