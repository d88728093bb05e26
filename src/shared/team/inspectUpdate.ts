import * as Y from 'yjs'

/** What one change of an update holds, as far as role checks care. */
export type ChangeContent =
  | { type: 'format'; key: string; value: unknown }
  | { type: 'element'; name: string }
  | { type: 'shared'; kind: 'text' | 'map' | 'array' | 'xml' }
  | { type: 'text' }
  | { type: 'value'; values: unknown[] }
  | { type: 'deleted' }
  | { type: 'other'; kind: string }

/** Where a change lands: the root part, and the key of the root's entry it sits in. */
export interface ChangePlace {
  /** The root part's name, or null when the update depends on changes the document lacks. */
  root: string | null
  /** The key in a root map the change sits in (a detail, a comment id), when there is one. */
  key: string | null
  /** True when the change is the root's own entry (not inside a nested type). */
  direct: boolean
}

/** One insertion or deletion an update would make. */
export interface UpdateChange extends ChangePlace {
  kind: 'insert' | 'delete'
  content: ChangeContent
}

const UNKNOWN: ChangePlace = { root: null, key: null, direct: false }
/** A chain of references longer than this is not followed (a hostile update could nest deeply). */
const MAX_DEPTH = 2000

type Struct = Y.Item | Y.GC | Y.Skip | Y.AbstractStruct

function describe(content: Y.Item['content']): ChangeContent {
  if (content instanceof Y.ContentFormat) {
    return { type: 'format', key: content.key, value: content.value }
  }
  if (content instanceof Y.ContentType) {
    const shared = content.type
    if (shared instanceof Y.XmlElement) return { type: 'element', name: shared.nodeName }
    if (shared instanceof Y.XmlText) return { type: 'shared', kind: 'text' }
    if (shared instanceof Y.Map) return { type: 'shared', kind: 'map' }
    if (shared instanceof Y.Array) return { type: 'shared', kind: 'array' }
    if (shared instanceof Y.Text) return { type: 'shared', kind: 'text' }
    return { type: 'shared', kind: 'xml' }
  }
  if (content instanceof Y.ContentString) return { type: 'text' }
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) {
    return { type: 'value', values: content.getContent() }
  }
  if (content instanceof Y.ContentDeleted) return { type: 'deleted' }
  return { type: 'other', kind: content.constructor.name }
}

/** Finds the struct holding `id` among one client's structs, sorted by clock. */
function findIn(structs: Struct[] | undefined, clock: number): Struct | null {
  if (!structs) return null
  let low = 0
  let high = structs.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const struct = structs[middle] as Struct
    if (clock < struct.id.clock) high = middle - 1
    else if (clock >= struct.id.clock + struct.length) low = middle + 1
    else return struct
  }
  return null
}

/**
 * Lists what a Yjs update would change in `doc` — which root part, which entry, what content —
 * without applying it. Items are placed through their parent, or through the neighbour they were
 * inserted next to, looked up in the update itself or in the document. The server reads this to
 * enforce roles before an update touches the document; it costs the size of the update, not of
 * the document. Throws when the update is not a readable Yjs update.
 */
export function inspectUpdate(doc: Y.Doc, update: Uint8Array): UpdateChange[] {
  const decoded = Y.decodeUpdate(update)
  const incoming = new Map<number, Struct[]>()
  for (const struct of decoded.structs as Struct[]) {
    const list = incoming.get(struct.id.client) ?? []
    list.push(struct)
    incoming.set(struct.id.client, list)
  }
  for (const list of incoming.values()) list.sort((a, b) => a.id.clock - b.id.clock)
  const placed = new Map<Struct, ChangePlace>()

  const lookup = (id: Y.ID): { struct: Struct; known: boolean } | null => {
    const fromUpdate = findIn(incoming.get(id.client), id.clock)
    if (fromUpdate) return { struct: fromUpdate, known: false }
    const fromDoc = findIn(doc.store.clients.get(id.client) as Struct[] | undefined, id.clock)
    return fromDoc ? { struct: fromDoc, known: true } : null
  }

  const placeKnown = (item: Y.Item): ChangePlace => {
    let current = item
    let direct = true
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
      const parent = current.parent
      if (!(parent instanceof Y.AbstractType)) return UNKNOWN
      if (parent._item === null) {
        return { root: Y.findRootTypeKey(parent), key: current.parentSub, direct }
      }
      current = parent._item
      direct = false
    }
    return UNKNOWN
  }

  const placeIncoming = (item: Y.Item, depth: number): ChangePlace => {
    const cached = placed.get(item)
    if (cached) return cached
    if (depth > MAX_DEPTH) return UNKNOWN
    let place: ChangePlace = UNKNOWN
    const parent: unknown = item.parent
    if (typeof parent === 'string') place = { root: parent, key: item.parentSub, direct: true }
    else if (parent instanceof Y.ID) {
      const holder = lookup(parent)
      if (holder && holder.struct instanceof Y.Item) {
        const outer = placeOf(holder.struct, holder.known, depth + 1)
        place = { root: outer.root, key: outer.key, direct: false }
      }
    } else {
      const neighbourId = item.origin ?? item.rightOrigin
      const neighbour = neighbourId ? lookup(neighbourId) : null
      if (neighbour && neighbour.struct instanceof Y.Item) {
        place = placeOf(neighbour.struct, neighbour.known, depth + 1)
      }
    }
    placed.set(item, place)
    return place
  }

  const placeOf = (item: Y.Item, known: boolean, depth: number): ChangePlace =>
    known ? placeKnown(item) : placeIncoming(item, depth)

  const changes: UpdateChange[] = []
  for (const struct of decoded.structs as Struct[]) {
    if (!(struct instanceof Y.Item)) continue
    changes.push({ kind: 'insert', ...placeIncoming(struct, 0), content: describe(struct.content) })
  }
  for (const [client, ranges] of decoded.ds.clients) {
    const known = doc.store.clients.get(client) as Struct[] | undefined
    for (const range of ranges) {
      const end = range.clock + range.len
      let clock = range.clock
      while (clock < end) {
        const found = lookup(new Y.ID(client, clock))
        if (!found) {
          // Deleting what the document has never seen: it stays pending until it arrives.
          const stateEnd = known ? Y.getState(doc.store, client) : 0
          if (clock >= stateEnd)
            changes.push({ kind: 'delete', ...UNKNOWN, content: { type: 'deleted' } })
          break
        }
        const { struct } = found
        if (struct instanceof Y.Item && !struct.deleted) {
          const place = placeOf(struct, found.known, 0)
          changes.push({ kind: 'delete', ...place, content: describe(struct.content) })
        }
        clock = struct.id.clock + struct.length
      }
    }
  }
  return changes
}
