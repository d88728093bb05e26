import { t } from '@shared/i18n/i18n'
import { realpathSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { AppError } from '../errors/AppError'

/**
 * True when `path` (inside `root` by name) is inside it on disk too: no symbolic link on the
 * way leads elsewhere. A path that does not exist yet is judged by its nearest existing
 * folder. The library folder itself may be a link; links inside it are never followed.
 */
export function isInsideLibrary(root: string, path: string): boolean {
  let realRoot: string
  try {
    realRoot = realpathSync(root)
  } catch {
    return false
  }
  for (let current = path; ; current = dirname(current)) {
    let real: string
    try {
      real = realpathSync(current)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(current) === current) {
        return false
      }
      continue
    }
    return real === join(realRoot, relative(root, current))
  }
}

/** Throws a refusal when `path` leads out of the library through a link. */
export function assertInsideLibrary(
  root: string,
  path: string,
  what: 'imagesFolder' | 'revisionsFolder' | 'version' | 'articleFolder',
): void {
  if (!isInsideLibrary(root, path)) {
    throw new AppError('refused', t(`libraryMain.outsideLink.${what}`))
  }
}
