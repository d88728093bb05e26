import type { DocNode } from '../article/Article'
import { childrenOf, textOf } from './nodeAttrs'

const RIGHT_TO_LEFT =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u

function hasRightToLeftText(node: DocNode): boolean {
  if (RIGHT_TO_LEFT.test(textOf(node))) return true
  return childrenOf(node).some(hasRightToLeftText)
}

/**
 * ` dir="auto"` for a block holding right-to-left text (Arabic, Hebrew…), so the browser reads
 * the block's direction from its first strong letter: an Arabic paragraph runs right to left,
 * an English one left to right, in the preview and on the published page. Blocks of
 * left-to-right text only get nothing, so their HTML stays as it was.
 */
export function directionAttr(block: DocNode): string {
  return hasRightToLeftText(block) ? ' dir="auto"' : ''
}
