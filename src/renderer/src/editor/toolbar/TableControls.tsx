import type { Editor } from '@tiptap/core'
import { ToolbarButton } from './ToolbarButton'

/** Props of {@link TableControls}. */
export interface TableControlsProps {
  editor: Editor
  headerRow: boolean
}

/** Row, column and header commands, shown while the caret is inside a table. */
export function TableControls({ editor, headerRow }: TableControlsProps) {
  const run = () => editor.chain().focus()
  return (
    <div className="ui-tb__row ui-tb__row--context" role="group" aria-label="Table">
      <span className="ui-tb__caption">Table</span>
      <ToolbarButton
        testId="tb-row-before"
        label="Add row above"
        onPress={() => run().addRowBefore().run()}
      >
        <span className="ui-tb__text">+ Row ↑</span>
      </ToolbarButton>
      <ToolbarButton
        testId="tb-row-after"
        label="Add row below"
        onPress={() => run().addRowAfter().run()}
      >
        <span className="ui-tb__text">+ Row ↓</span>
      </ToolbarButton>
      <ToolbarButton
        testId="tb-col-before"
        label="Add column left"
        onPress={() => run().addColumnBefore().run()}
      >
        <span className="ui-tb__text">+ Col ←</span>
      </ToolbarButton>
      <ToolbarButton
        testId="tb-col-after"
        label="Add column right"
        onPress={() => run().addColumnAfter().run()}
      >
        <span className="ui-tb__text">+ Col →</span>
      </ToolbarButton>
      <ToolbarButton
        testId="tb-row-delete"
        label="Delete row"
        onPress={() => run().deleteRow().run()}
      >
        <span className="ui-tb__text">− Row</span>
      </ToolbarButton>
      <ToolbarButton
        testId="tb-col-delete"
        label="Delete column"
        onPress={() => run().deleteColumn().run()}
      >
        <span className="ui-tb__text">− Col</span>
      </ToolbarButton>
      <ToolbarButton
        testId="tb-header-row"
        label="Header row"
        pressed={headerRow}
        onPress={() => run().toggleHeaderRow().run()}
      >
        <span className="ui-tb__text">Header row</span>
      </ToolbarButton>
      <ToolbarButton
        testId="tb-table-delete"
        label="Delete table"
        onPress={() => run().deleteTable().run()}
      >
        <span className="ui-tb__text ui-tb__text--danger">Delete table</span>
      </ToolbarButton>
    </div>
  )
}
