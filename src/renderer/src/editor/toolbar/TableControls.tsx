import type { Editor } from '@tiptap/core'
import { useTranslation } from 'react-i18next'
import { ToolbarButton } from './ToolbarButton'

/** Props of {@link TableControls}. */
export interface TableControlsProps {
  editor: Editor
  headerRow: boolean
}

/** Row, column and header commands, shown while the caret is inside a table. */
export function TableControls({ editor, headerRow }: TableControlsProps) {
  const { t } = useTranslation()
  const run = () => editor.chain().focus()
  return (
    <div
      className="ui-tb__row ui-tb__row--context"
      role="group"
      aria-label={t('editor.table.caption')}
    >
      <span className="ui-tb__caption">{t('editor.table.caption')}</span>
      <ToolbarButton
        testId="tb-row-before"
        label={t('editor.table.addRowAbove')}
        onPress={() => run().addRowBefore().run()}
      >
        <span className="ui-tb__text">{t('editor.table.addRowAboveShort')}</span>
      </ToolbarButton>
      <ToolbarButton
        testId="tb-row-after"
        label={t('editor.table.addRowBelow')}
        onPress={() => run().addRowAfter().run()}
      >
        <span className="ui-tb__text">{t('editor.table.addRowBelowShort')}</span>
      </ToolbarButton>
      <ToolbarButton
        testId="tb-col-before"
        label={t('editor.table.addColumnLeft')}
        onPress={() => run().addColumnBefore().run()}
      >
        <span className="ui-tb__text">{t('editor.table.addColumnLeftShort')}</span>
      </ToolbarButton>
      <ToolbarButton
        testId="tb-col-after"
        label={t('editor.table.addColumnRight')}
        onPress={() => run().addColumnAfter().run()}
      >
        <span className="ui-tb__text">{t('editor.table.addColumnRightShort')}</span>
      </ToolbarButton>
      <ToolbarButton
        testId="tb-row-delete"
        label={t('editor.table.deleteRow')}
        onPress={() => run().deleteRow().run()}
      >
        <span className="ui-tb__text">{t('editor.table.deleteRowShort')}</span>
      </ToolbarButton>
      <ToolbarButton
        testId="tb-col-delete"
        label={t('editor.table.deleteColumn')}
        onPress={() => run().deleteColumn().run()}
      >
        <span className="ui-tb__text">{t('editor.table.deleteColumnShort')}</span>
      </ToolbarButton>
      <ToolbarButton
        testId="tb-header-row"
        label={t('editor.table.headerRow')}
        pressed={headerRow}
        onPress={() => run().toggleHeaderRow().run()}
      >
        <span className="ui-tb__text">{t('editor.table.headerRow')}</span>
      </ToolbarButton>
      <ToolbarButton
        testId="tb-table-delete"
        label={t('editor.table.deleteTable')}
        onPress={() => run().deleteTable().run()}
      >
        <span className="ui-tb__text ui-tb__text--danger">{t('editor.table.deleteTable')}</span>
      </ToolbarButton>
    </div>
  )
}
