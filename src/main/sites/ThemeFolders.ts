import { randomBytes } from 'node:crypto'
import { cp, mkdir, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { BuiltinThemeId } from '@shared/sites/SiteProfile'

/**
 * Where each site's preview theme lives: `<dataPath>/sites/<siteId>/theme/`, a plain folder a
 * person may open and edit. A new theme is always prepared in a sibling folder and swapped in
 * only when complete, so a failed copy or capture never leaves a half-written theme behind.
 */
export class ThemeFolders {
  constructor(
    private readonly dataPath: string,
    /** Folder holding the built-in themes (`resources/themes`). */
    private readonly builtinRoot: string,
  ) {}

  /** The folder of a site's theme. Site ids are validated, so they are safe as names. */
  themeDir(siteId: string): string {
    return join(this.siteDir(siteId), 'theme')
  }

  builtinDir(themeId: BuiltinThemeId): string {
    return join(this.builtinRoot, themeId)
  }

  /** An empty folder beside the theme folder, to build a new theme in. */
  async prepare(siteId: string, purpose: string): Promise<string> {
    const dir = join(this.siteDir(siteId), `theme.${purpose}-${randomBytes(4).toString('hex')}`)
    await mkdir(dir, { recursive: true })
    return dir
  }

  /** Replaces the site's theme with a prepared folder; the old one is removed afterwards. */
  async swapIn(siteId: string, prepared: string): Promise<void> {
    const current = this.themeDir(siteId)
    const old = `${current}.old-${randomBytes(4).toString('hex')}`
    const hadOne = await exists(current)
    if (hadOne) await rename(current, old)
    try {
      await rename(prepared, current)
    } catch (error) {
      if (hadOne) await rename(old, current)
      throw error
    }
    if (hadOne) await rm(old, { recursive: true, force: true })
  }

  /** Copies a built-in theme into the site's folder, replacing what was there. */
  async installBuiltin(siteId: string, themeId: BuiltinThemeId): Promise<void> {
    const prepared = await this.prepare(siteId, 'builtin')
    try {
      await cp(this.builtinDir(themeId), prepared, { recursive: true })
      await this.swapIn(siteId, prepared)
    } catch (error) {
      await this.discard(prepared)
      throw error
    }
  }

  async hasTheme(siteId: string): Promise<boolean> {
    return exists(join(this.themeDir(siteId), 'theme.json'))
  }

  async discard(dir: string): Promise<void> {
    await rm(dir, { recursive: true, force: true })
  }

  /** Removes everything Copydesk keeps for a site. */
  async removeSite(siteId: string): Promise<void> {
    await rm(this.siteDir(siteId), { recursive: true, force: true })
  }

  private siteDir(siteId: string): string {
    return join(this.dataPath, 'sites', siteId)
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}
