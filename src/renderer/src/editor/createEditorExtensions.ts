import type { Extensions } from '@tiptap/core'
import { assetUrl } from '@shared/article/assetSrc'
import { CommentMark } from './extensions/CommentMark'
import { CopydeskPlaceholder } from './extensions/CopydeskPlaceholder'
import { CopydeskStarterKit } from './extensions/CopydeskStarterKit'
import { CopydeskTable } from './extensions/CopydeskTable'
import { CopydeskTypography } from './extensions/CopydeskTypography'
import { ImageFileHandler, type ImageFilesRequest } from './extensions/ImageFileHandler'
import { LinkShortcut } from './extensions/LinkShortcut'
import { PasteCleaner } from './extensions/PasteCleaner'
import { Figure } from './nodes/Figure'

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
}

/**
 * The extensions of Copydesk's article editor, in one place so the editor, the read-only
 * revision viewer and the typing benchmark build the same schema and behaviour.
 */
export function createEditorExtensions(options: EditorExtensionOptions): Extensions {
  const { articleId, onLinkShortcut, onImageFiles, onComment, onPasteNotice } = options
  return [
    CopydeskStarterKit,
    Figure.configure({ resolveSrc: (src) => assetUrl(articleId, src) }),
    CopydeskTable,
    CopydeskTypography,
    CopydeskPlaceholder,
    PasteCleaner.configure({ onNotice: onPasteNotice ?? null }),
    LinkShortcut.configure({ onOpen: onLinkShortcut ?? (() => undefined) }),
    ImageFileHandler.configure({ onFiles: onImageFiles ?? null }),
    CommentMark.configure({ onComment: onComment ?? (() => undefined) }),
  ]
}
