import { constants } from 'node:fs'
import { access } from 'node:fs/promises'
import { delimiter, join } from 'node:path'

/** Finds a program on this computer by name, as a shell would; null when it is not there. */
export type CommandFinder = (name: string) => Promise<string | null>

/** Looks a program up in the folders of PATH. */
export const findOnPath: CommandFinder = async (name) => {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    if (folder === '') continue
    const path = join(folder, name)
    try {
      await access(path, constants.X_OK)
      return path
    } catch {
      // Not in this folder; try the next.
    }
  }
  return null
}
