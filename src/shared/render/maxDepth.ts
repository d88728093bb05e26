/**
 * Deepest block nesting rendered as structure; deeper content shows as plain text. Editors
 * never nest this deep, and the limit keeps a hostile document from exhausting the stack.
 */
export const MAX_DEPTH = 64
