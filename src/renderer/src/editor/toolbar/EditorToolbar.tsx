import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { Fragment, memo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { selectFormatState } from '../selectFormatState'
import { ImageDetailsPanel } from './ImageDetailsPanel'
import { TableControls } from './TableControls'
import { ToolbarButton } from './ToolbarButton'
import { ToolbarOverflowMenu } from './ToolbarOverflowMenu'
import { toolbarGroups } from './toolbarGroups'
import { useOverflowingGroups } from './useOverflowingGroups'
import { useRovingFocus } from './useRovingFocus'

/** Props of {@link EditorToolbar}. */
export interface EditorToolbarProps {
  editor: Editor
  onLink: () => void
  onImageFiles: (files: File[]) => void
}

/**
 * The formatting toolbar above the article, always one row: groups that do not fit (a narrow
 * window, the preview beside the text) move into a "More formatting" menu, while text styles
 * and undo/redo stay in sight. It re-renders only when what it shows changes
 * (`useEditorState` compares the selected state), not on every keystroke.
 */
export const EditorToolbar = memo(function EditorToolbar({
  editor,
  onLink,
  onImageFiles,
}: EditorToolbarProps) {
  const { t } = useTranslation()
  const state = useEditorState({ editor, selector: ({ editor: e }) => selectFormatState(e) })
  const fileInput = useRef<HTMLInputElement>(null)
  const toolbar = useRef<HTMLDivElement>(null)
  const row = useRef<HTMLDivElement>(null)
  const onKeyDown = useRovingFocus(toolbar)
  const overflowing = useOverflowingGroups(row)
  const groups = toolbarGroups(editor, state, {
    onLink,
    onPickImages: () => fileInput.current?.click(),
  })
  const inRow = groups.filter((group) => !overflowing.includes(group.id))
  const inMenu = groups.filter((group) => overflowing.includes(group.id))

  return (
    <div
      ref={toolbar}
      className="ui-tb"
      role="toolbar"
      aria-label={t('editor.toolbar.label')}
      onKeyDown={onKeyDown}
    >
      <div ref={row} className="ui-tb__row ui-tb__row--main">
        {inRow.map((group) => (
          <Fragment key={group.id}>
            {group.id === 'history' && inMenu.length > 0 && <ToolbarOverflowMenu groups={inMenu} />}
            <div
              className="ui-tb__group"
              role="group"
              aria-label={group.label}
              data-group={group.id}
            >
              {group.commands.map((command) => (
                <ToolbarButton
                  key={command.testId}
                  testId={command.testId}
                  label={command.label}
                  shortcut={command.shortcut}
                  pressed={command.pressed}
                  disabled={command.disabled}
                  onPress={command.run}
                >
                  {command.face}
                </ToolbarButton>
              ))}
            </div>
          </Fragment>
        ))}
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
      </div>
      {state.table && <TableControls editor={editor} headerRow={state.table.headerRow} />}
      {state.image && <ImageDetailsPanel editor={editor} image={state.image} />}
    </div>
  )
})
