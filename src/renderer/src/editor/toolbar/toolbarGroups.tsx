import type { Editor } from '@tiptap/core'
import type { ReactNode } from 'react'
import { t } from '@shared/i18n/i18n'
import type { FormatState } from '../selectFormatState'
import { ToolbarIcon } from './ToolbarIcon'

/** One command of the formatting toolbar, shown as a button or, when room is short, a menu item. */
export interface ToolbarCommand {
  testId: string
  label: string
  shortcut?: string
  /** Set for toggles. */
  pressed?: boolean
  disabled?: boolean
  run(): void
  /** What the button shows: an icon or a few letters. */
  face: ReactNode
}

/** The names of the toolbar's groups, in the order the row shows them. */
export type ToolbarGroupId = 'blockType' | 'textStyle' | 'blocks' | 'insert' | 'history'

/** A labelled group of commands. */
export interface ToolbarGroup {
  id: ToolbarGroupId
  label: string
  commands: ToolbarCommand[]
}

/** What the toolbar needs beyond the editor. */
export interface ToolbarActions {
  onLink(): void
  onPickImages(): void
}

/** The formatting toolbar's commands for the current selection, in the current language. */
export function toolbarGroups(
  editor: Editor,
  state: FormatState,
  { onLink, onPickImages }: ToolbarActions,
): ToolbarGroup[] {
  const run = () => editor.chain().focus()
  const text = (letters: string) => <span className="ui-tb__text">{letters}</span>
  return [
    {
      id: 'blockType',
      label: t('editor.toolbar.groups.blockType'),
      commands: [
        {
          testId: 'tb-paragraph',
          label: t('editor.toolbar.paragraph'),
          shortcut: 'Mod-Alt-0',
          pressed: state.block === 'paragraph',
          run: () => run().setParagraph().run(),
          face: '¶',
        },
        ...([2, 3, 4] as const).map((level) => ({
          testId: `tb-h${level}`,
          label: t('editor.toolbar.heading', { level }),
          shortcut: `Mod-Alt-${level}`,
          pressed: state.block === `h${level}`,
          run: () => run().setHeading({ level }).run(),
          face: text(`H${level}`),
        })),
      ],
    },
    {
      id: 'textStyle',
      label: t('editor.toolbar.groups.textStyle'),
      commands: [
        {
          testId: 'tb-bold',
          label: t('editor.toolbar.bold'),
          shortcut: 'Mod-b',
          pressed: state.bold,
          run: () => run().toggleBold().run(),
          face: <b className="ui-tb__glyph">{t('editor.toolbar.boldGlyph')}</b>,
        },
        {
          testId: 'tb-italic',
          label: t('editor.toolbar.italic'),
          shortcut: 'Mod-i',
          pressed: state.italic,
          run: () => run().toggleItalic().run(),
          face: <i className="ui-tb__glyph">{t('editor.toolbar.italicGlyph')}</i>,
        },
        {
          testId: 'tb-underline',
          label: t('editor.toolbar.underline'),
          shortcut: 'Mod-u',
          pressed: state.underline,
          run: () => run().toggleUnderline().run(),
          face: <u className="ui-tb__glyph">{t('editor.toolbar.underlineGlyph')}</u>,
        },
        {
          testId: 'tb-strike',
          label: t('editor.toolbar.strike'),
          shortcut: 'Mod-Shift-s',
          pressed: state.strike,
          run: () => run().toggleStrike().run(),
          face: <s className="ui-tb__glyph">{t('editor.toolbar.strikeGlyph')}</s>,
        },
        {
          testId: 'tb-link',
          label: t('editor.toolbar.link'),
          shortcut: 'Mod-k',
          pressed: state.link,
          run: onLink,
          face: <ToolbarIcon name="link" />,
        },
      ],
    },
    {
      id: 'blocks',
      label: t('editor.toolbar.groups.blocks'),
      commands: [
        {
          testId: 'tb-bullet',
          label: t('editor.toolbar.bulletList'),
          shortcut: 'Mod-Shift-8',
          pressed: state.bulletList,
          run: () => run().toggleBulletList().run(),
          face: <ToolbarIcon name="bulletList" />,
        },
        {
          testId: 'tb-ordered',
          label: t('editor.toolbar.orderedList'),
          shortcut: 'Mod-Shift-7',
          pressed: state.orderedList,
          run: () => run().toggleOrderedList().run(),
          face: <ToolbarIcon name="orderedList" />,
        },
        {
          testId: 'tb-quote',
          label: t('editor.toolbar.quote'),
          shortcut: 'Mod-Shift-b',
          pressed: state.blockquote,
          run: () => run().toggleBlockquote().run(),
          face: <ToolbarIcon name="quote" />,
        },
        {
          testId: 'tb-code',
          label: t('editor.toolbar.codeBlock'),
          shortcut: 'Mod-Alt-c',
          pressed: state.codeBlock,
          run: () => run().toggleCodeBlock().run(),
          face: <ToolbarIcon name="code" />,
        },
        {
          testId: 'tb-hr',
          label: t('editor.toolbar.divider'),
          run: () => run().setHorizontalRule().run(),
          face: <ToolbarIcon name="rule" />,
        },
      ],
    },
    {
      id: 'insert',
      label: t('editor.toolbar.groups.insert'),
      commands: [
        {
          testId: 'tb-image',
          label: t('editor.toolbar.image'),
          run: onPickImages,
          face: <ToolbarIcon name="image" />,
        },
        {
          testId: 'tb-table',
          label: t('editor.toolbar.table'),
          disabled: state.table !== null,
          run: () => run().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
          face: <ToolbarIcon name="table" />,
        },
      ],
    },
    {
      id: 'history',
      label: t('editor.toolbar.groups.history'),
      commands: [
        {
          testId: 'tb-undo',
          label: t('editor.toolbar.undo'),
          shortcut: 'Mod-z',
          disabled: !state.canUndo,
          run: () => run().undo().run(),
          face: <ToolbarIcon name="undo" />,
        },
        {
          testId: 'tb-redo',
          label: t('editor.toolbar.redo'),
          shortcut: 'Mod-Shift-z',
          disabled: !state.canRedo,
          run: () => run().redo().run(),
          face: <ToolbarIcon name="redo" />,
        },
      ],
    },
  ]
}
