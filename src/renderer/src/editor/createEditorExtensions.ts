import type { Extensions } from '@tiptap/core'
import { assetUrl } from '@shared/article/assetSrc'
import { createDocumentExtensions } from './createDocumentExtensions'
import type { WebImageDownloads } from './images/WebImageDownloads'
import { CopydeskPlaceholder } from './extensions/CopydeskPlaceholder'
import { CopydeskStarterKit } from './extensions/CopydeskStarterKit'
import { CopydeskTypography } from './extensions/CopydeskTypography'
import { ImageFileHandler, type ImageFilesRequest } from './extensions/ImageFileHandler'
import { LinkShortcut } from './extensions/LinkShortcut'
import { PasteCleaner } from './extensions/PasteCleaner'

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
  /** Web images the person can download from their placeholders. */
  webImages?: WebImageDownloads
  /** Pasted images that were only references to files on the computer, by name. */
  onMissingImages?: (names: string[]) => void
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
    webImages,
    onMissingImages,
  } = options
  return [
    ...createDocumentExtensions({
      resolveImageSrc: (src) => assetUrl(articleId, src),
      onComment: onComment ?? (() => undefined),
      webImages,
    }),
    CopydeskStarterKit,
    CopydeskTypography,
    CopydeskPlaceholder,
    PasteCleaner.configure({
      onNotice: onPasteNotice ?? null,
      onMissingImages: onMissingImages ?? null,
    }),
    LinkShortcut.configure({ onOpen: onLinkShortcut ?? (() => undefined) }),
    ImageFileHandler.configure({ onFiles: onImageFiles ?? null }),
  ]
}
