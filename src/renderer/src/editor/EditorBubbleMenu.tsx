import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { useEditorState } from '@tiptap/react'
import { BubbleMenu, type BubbleMenuProps } from '@tiptap/react/menus'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { ToolbarButton } from './toolbar/ToolbarButton'
import { ToolbarIcon } from './toolbar/ToolbarIcon'
import { isNodeType } from '@shared/editor/isNodeType'

/** Props of {@link EditorBubbleMenu}. */
export interface EditorBubbleMenuProps {
  editor: Editor
  onLink: () => void
  /** Starts a comment on the selection; no Comment button without it. */
  onComment?: () => void
  /** A reviewer's editor: the Comment button alone, no formatting. */
  commentOnly?: boolean
}

/** Shown for a non-empty text selection in editable prose; never inside code blocks. */
const shouldShow: BubbleMenuProps['shouldShow'] = ({ editor, view, state }) => {
  const { selection } = state
  return (
    // The menu's update runs on a timer that can outlive the editor (an article switch).
    !editor.isDestroyed &&
    editor.isEditable &&
    view.hasFocus() &&
    selection instanceof TextSelection &&
    !selection.empty &&
    !isNodeType(selection.$from.parent, 'codeBlock')
  )
}

const FLOATING_OPTIONS: BubbleMenuProps['options'] = { placement: 'top', offset: 8, flip: true }

/**
 * Quick formatting for selected text (bold, italic, underline, strike, link, H2, quote), and
 * comment; a reviewer gets the Comment button alone.
 */
export const EditorBubbleMenu = memo(function EditorBubbleMenu({
  editor,
  onLink,
  onComment,
  commentOnly = false,
}: EditorBubbleMenuProps) {
  // Computed only while text is selected; while typing (empty selection) it is one comparison.
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e.state.selection.empty || commentOnly
        ? null
        : {
            bold: e.isActive('bold'),
            italic: e.isActive('italic'),
            underline: e.isActive('underline'),
            strike: e.isActive('strike'),
            link: e.isActive('link'),
            h2:
              isNodeType(e.state.selection.$from.parent, 'heading') &&
              e.state.selection.$from.parent.attrs.level === 2,
            quote: e.isActive('blockquote'),
          },
  })
  const { t } = useTranslation()
  const run = () => editor.chain().focus()
  return (
    <BubbleMenu
      editor={editor}
      shouldShow={shouldShow}
      options={FLOATING_OPTIONS}
      className="ui-bubble"
      role="toolbar"
      aria-label={t('editor.toolbar.selection')}
    >
      {!commentOnly && (
        <>
          <ToolbarButton
            testId="bm-bold"
            label={t('editor.toolbar.bold')}
            shortcut="Mod-b"
            pressed={state?.bold ?? false}
            onPress={() => run().toggleBold().run()}
          >
            <b className="ui-tb__glyph">{t('editor.toolbar.boldGlyph')}</b>
          </ToolbarButton>
          <ToolbarButton
            testId="bm-italic"
            label={t('editor.toolbar.italic')}
            shortcut="Mod-i"
            pressed={state?.italic ?? false}
            onPress={() => run().toggleItalic().run()}
          >
            <i className="ui-tb__glyph">{t('editor.toolbar.italicGlyph')}</i>
          </ToolbarButton>
          <ToolbarButton
            testId="bm-underline"
            label={t('editor.toolbar.underline')}
            shortcut="Mod-u"
            pressed={state?.underline ?? false}
            onPress={() => run().toggleUnderline().run()}
          >
            <u className="ui-tb__glyph">{t('editor.toolbar.underlineGlyph')}</u>
          </ToolbarButton>
          <ToolbarButton
            testId="bm-strike"
            label={t('editor.toolbar.strike')}
            shortcut="Mod-Shift-s"
            pressed={state?.strike ?? false}
            onPress={() => run().toggleStrike().run()}
          >
            <s className="ui-tb__glyph">{t('editor.toolbar.strikeGlyph')}</s>
          </ToolbarButton>
          <ToolbarButton
            testId="bm-link"
            label={t('editor.toolbar.link')}
            shortcut="Mod-k"
            pressed={state?.link ?? false}
            onPress={onLink}
          >
            <ToolbarIcon name="link" />
          </ToolbarButton>
          <ToolbarButton
            testId="bm-h2"
            label={t('editor.toolbar.heading', { level: 2 })}
            shortcut="Mod-Alt-2"
            pressed={state?.h2 ?? false}
            onPress={() => run().toggleHeading({ level: 2 }).run()}
          >
            <span className="ui-tb__text">H2</span>
          </ToolbarButton>
          <ToolbarButton
            testId="bm-quote"
            label={t('editor.toolbar.quote')}
            shortcut="Mod-Shift-b"
            pressed={state?.quote ?? false}
            onPress={() => run().toggleBlockquote().run()}
          >
            <ToolbarIcon name="quote" />
          </ToolbarButton>
        </>
      )}
      {onComment && (
        <ToolbarButton
          testId="bm-comment"
          label={t('editor.toolbar.comment')}
          shortcut="Mod-Alt-m"
          onPress={onComment}
        >
          <ToolbarIcon name="comment" />
        </ToolbarButton>
      )}
    </BubbleMenu>
  )
})
