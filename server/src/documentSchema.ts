/**
 * The article schema the server reads Y.Docs with: the editor's own node and mark definitions,
 * built without a DOM. Everything on the server takes the schema from here.
 */
export { documentSchema } from '@shared/editor/schema'
