/** What to tell the person about pasted pictures that stayed behind, named as they know them. */
export function missingImagesMessage(names: readonly string[]): string {
  const quoted = names.map((name) => `“${name}”`)
  if (quoted.length === 1) {
    return `The picture ${quoted[0]} was not pasted: the copy held only its place on your computer.`
  }
  return `${quoted.length} pictures (${quoted.join(', ')}) were not pasted: the copy held only their place on your computer.`
}
