import type { NodeDefinition } from '../NodeDefinition'
import * as build from '../../render/testing/docBuilders'

/** The document root: one or more blocks. */
export const doc: NodeDefinition<'doc'> = {
  name: 'doc',
  schema: { content: 'block+' },
  example: { doc: build.doc(build.p()), html: '<p></p>', markdown: '' },
}
