import type { NodeDefinition } from '../NodeDefinition'

/** The document root: one or more blocks. */
export const doc: NodeDefinition<'doc'> = {
  name: 'doc',
  schema: { content: 'block+' },
}
