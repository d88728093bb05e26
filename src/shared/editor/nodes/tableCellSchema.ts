import { tokenAttr } from '../../render/markdown/tokenAttr'
import type { MarkdownTokenHandler, NodeSchema } from '../NodeDefinition'
import { nodeJson } from '../nodeJson'

const TEXT_ALIGN = /text-align:\s*(left|center|right)/

/** The schema shared by body and header cells. */
export function tableCellSchema(tableRole: 'cell' | 'header_cell'): NodeSchema {
  return {
    tableRole,
    content: 'block+',
    isolating: true,
    attrs: {
      colspan: { default: 1 },
      rowspan: { default: 1 },
      colwidth: { default: null },
      align: { default: null },
    },
  }
}

/** Reads a GFM table cell (`th_open` or `td_open`) into a cell of `name`. */
export function cellFromMarkdown(
  name: 'tableCell' | 'tableHeader',
  schema: NodeSchema,
): MarkdownTokenHandler {
  return (token, state) => {
    const align = TEXT_ALIGN.exec(tokenAttr(token, 'style'))?.[1] ?? null
    state.append(nodeJson({ name, schema }, { align }, state.inlineBlocks(state.takeInline())))
  }
}
