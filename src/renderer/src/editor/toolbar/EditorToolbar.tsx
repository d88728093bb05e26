import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { memo, useRef } from 'react'
import { selectFormatState } from '../selectFormatState'
import { ImageDetailsPanel } from './ImageDetailsPanel'
import { TableControls } from './TableControls'
import { ToolbarButton } from './ToolbarButton'
import { ToolbarIcon } from './ToolbarIcon'
import { useRovingFocus } from './useRovingFocus'

/** Props of {@link EditorToolbar}. */
export interface EditorToolbarProps {
  editor: Editor
  onLink: () => void
  onImageFiles: (files: File[]) => void
}

/**
 * The formatting toolbar above the article. It re-renders only when what it shows changes
 * (`useEditorState` compares the selected state), not on every keystroke.
 */
export const EditorToolbar = memo(function EditorToolbar({
  editor,
  onLink,
  onImageFiles,
}: EditorToolbarProps) {
  const state = useEditorState({ editor, selector: ({ editor: e }) => selectFormatState(e) })
  const fileInput = useRef<HTMLInputElement>(null)
  const run = () => editor.chain().focus()
  const toolbar = useRef<HTMLDivElement>(null)
  const onKeyDown = useRovingFocus(toolbar)

  return (
    <div
      ref={toolbar}
      className="ui-tb"
      role="toolbar"
      aria-label="Formatting"
      onKeyDown={onKeyDown}
    >
      <div className="ui-tb__row">
        <div className="ui-tb__group" role="group" aria-label="Block type">
          <ToolbarButton
            testId="tb-paragraph"
            label="Paragraph"
            shortcut="Mod-Alt-0"
            pressed={state.block === 'paragraph'}
            onPress={() => run().setParagraph().run()}
          >
            ¶
          </ToolbarButton>
          {([2, 3, 4] as const).map((level) => (
            <ToolbarButton
              key={level}
              testId={`tb-h${level}`}
              label={`H${level} heading`}
              shortcut={`Mod-Alt-${level}`}
              pressed={state.block === `h${level}`}
              onPress={() => run().setHeading({ level }).run()}
            >
              <span className="ui-tb__text">H{level}</span>
            </ToolbarButton>
          ))}
        </div>
        <div className="ui-tb__group" role="group" aria-label="Text style">
          <ToolbarButton
            testId="tb-bold"
            label="Bold"
            shortcut="Mod-b"
            pressed={state.bold}
            onPress={() => run().toggleBold().run()}
          >
            <b className="ui-tb__glyph">B</b>
          </ToolbarButton>
          <ToolbarButton
            testId="tb-italic"
            label="Italic"
            shortcut="Mod-i"
            pressed={state.italic}
            onPress={() => run().toggleItalic().run()}
          >
            <i className="ui-tb__glyph">I</i>
          </ToolbarButton>
          <ToolbarButton
            testId="tb-underline"
            label="Underline"
            shortcut="Mod-u"
            pressed={state.underline}
            onPress={() => run().toggleUnderline().run()}
          >
            <u className="ui-tb__glyph">U</u>
          </ToolbarButton>
          <ToolbarButton
            testId="tb-strike"
            label="Strikethrough"
            shortcut="Mod-Shift-s"
            pressed={state.strike}
            onPress={() => run().toggleStrike().run()}
          >
            <s className="ui-tb__glyph">S</s>
          </ToolbarButton>
          <ToolbarButton
            testId="tb-link"
            label="Link"
            shortcut="Mod-k"
            pressed={state.link}
            onPress={onLink}
          >
            <ToolbarIcon name="link" />
          </ToolbarButton>
        </div>
        <div className="ui-tb__group" role="group" aria-label="Blocks">
          <ToolbarButton
            testId="tb-bullet"
            label="Bulleted list"
            shortcut="Mod-Shift-8"
            pressed={state.bulletList}
            onPress={() => run().toggleBulletList().run()}
          >
            <ToolbarIcon name="bulletList" />
          </ToolbarButton>
          <ToolbarButton
            testId="tb-ordered"
            label="Numbered list"
            shortcut="Mod-Shift-7"
            pressed={state.orderedList}
            onPress={() => run().toggleOrderedList().run()}
          >
            <ToolbarIcon name="orderedList" />
          </ToolbarButton>
          <ToolbarButton
            testId="tb-quote"
            label="Quote"
            shortcut="Mod-Shift-b"
            pressed={state.blockquote}
            onPress={() => run().toggleBlockquote().run()}
          >
            <ToolbarIcon name="quote" />
          </ToolbarButton>
          <ToolbarButton
            testId="tb-code"
            label="Code block"
            shortcut="Mod-Alt-c"
            pressed={state.codeBlock}
            onPress={() => run().toggleCodeBlock().run()}
          >
            <ToolbarIcon name="code" />
          </ToolbarButton>
          <ToolbarButton
            testId="tb-hr"
            label="Divider line"
            onPress={() => run().setHorizontalRule().run()}
          >
            <ToolbarIcon name="rule" />
          </ToolbarButton>
        </div>
        <div className="ui-tb__group" role="group" aria-label="Insert">
          <ToolbarButton testId="tb-image" label="Image" onPress={() => fileInput.current?.click()}>
            <ToolbarIcon name="image" />
          </ToolbarButton>
          <input
            ref={fileInput}
            data-testid="tb-image-input"
            className="ui-visually-hidden"
            type="file"
            accept="image/*"
            multiple
            tabIndex={-1}
            aria-hidden="true"
            onChange={(event) => {
              const files = Array.from(event.currentTarget.files ?? [])
              event.currentTarget.value = ''
              if (files.length > 0) onImageFiles(files)
            }}
          />
          <ToolbarButton
            testId="tb-table"
            label="Table"
            disabled={state.table !== null}
            onPress={() => run().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
          >
            <ToolbarIcon name="table" />
          </ToolbarButton>
        </div>
        <div className="ui-tb__group" role="group" aria-label="History">
          <ToolbarButton
            testId="tb-undo"
            label="Undo"
            shortcut="Mod-z"
            disabled={!state.canUndo}
            onPress={() => run().undo().run()}
          >
            <ToolbarIcon name="undo" />
          </ToolbarButton>
          <ToolbarButton
            testId="tb-redo"
            label="Redo"
            shortcut="Mod-Shift-z"
            disabled={!state.canRedo}
            onPress={() => run().redo().run()}
          >
            <ToolbarIcon name="redo" />
          </ToolbarButton>
        </div>
      </div>
      {state.table && <TableControls editor={editor} headerRow={state.table.headerRow} />}
      {state.image && <ImageDetailsPanel editor={editor} image={state.image} />}
    </div>
  )
})
