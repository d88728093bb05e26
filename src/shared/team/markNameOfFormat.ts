/**
 * y-prosemirror stores a mark that may overlap itself (a comment) under `name--<hash>`; this is
 * its own rule (`yattr2markname`, not exported by the package).
 */
export function markNameOfFormat(key: string): string {
  return /^(.*)--[a-zA-Z0-9+/=]{8}$/.exec(key)?.[1] ?? key
}
