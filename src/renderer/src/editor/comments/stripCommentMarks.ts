import { Fragment, type MarkType, type Node } from '@tiptap/pm/model'

function stripNode(node: Node, type: MarkType): Node {
  const marks = type.isInSet(node.marks) ? node.marks.filter((m) => m.type !== type) : node.marks
  if (node.isText) return marks === node.marks ? node : node.mark(marks)
  const content = stripCommentMarks(node.content, type)
  return content === node.content && marks === node.marks ? node : node.copy(content).mark(marks)
}

/** The fragment without any mark of `type` (comment anchors); unchanged nodes are reused. */
export function stripCommentMarks(fragment: Fragment, type: MarkType): Fragment {
  let changed = false
  const nodes: Node[] = []
  fragment.forEach((node) => {
    const stripped = stripNode(node, type)
    if (stripped !== node) changed = true
    nodes.push(stripped)
  })
  return changed ? Fragment.fromArray(nodes) : fragment
}
