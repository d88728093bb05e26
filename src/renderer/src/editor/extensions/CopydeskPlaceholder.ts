import { Placeholder } from '@tiptap/extensions'
import { isNodeType } from '@shared/editor/isNodeType'
import { t } from '@shared/i18n/i18n'

/**
 * Prompts in empty blocks: the article prompt while the whole document is empty, and "Heading"
 * in an empty heading so it does not look like a blank line.
 */
export const CopydeskPlaceholder = Placeholder.configure({
  placeholder: ({ editor, node }) => {
    if (isNodeType(node, 'heading'))
      return t('editor.text.headingPrompt', { level: String(node.attrs.level) })
    const { doc } = editor.state
    // Cheaper than editor.isEmpty, which this runs on every keystroke.
    const onlyEmptyParagraph = doc.childCount === 1 && doc.firstChild?.content.size === 0
    return onlyEmptyParagraph ? t('editor.text.emptyPrompt') : ''
  },
})
