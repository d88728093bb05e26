import { t } from '@shared/i18n/i18n'
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { AppError } from '../errors/AppError'

/** How the operating system opens a file or shows it in its folder. */
export interface SavedFilesDeps {
  /** Opens a file with the app the system uses for it. */
  openFile?: (path: string) => Promise<void>
  /** Shows a file selected in the system's file manager. */
  showInFolder?: (path: string) => void
}

/**
 * The files the person saved from Copydesk in this run (exports, through a save dialog), and the
 * only files the window may ask to open or show: a path the renderer names is refused unless
 * the person chose it here, so a page cannot open arbitrary files on this computer.
 */
export class SavedFiles {
  private readonly paths = new Set<string>()

  constructor(private readonly deps: SavedFilesDeps) {}

  /** Notes a path the person chose in a save dialog. */
  remember(path: string): void {
    this.paths.add(resolve(path))
  }

  async open(path: string): Promise<void> {
    const open = this.deps.openFile
    if (!open) throw new AppError('refused', t('sitesMain.files.noOpen'))
    await open(await this.existing(path))
  }

  async show(path: string): Promise<void> {
    const show = this.deps.showInFolder
    if (!show) throw new AppError('refused', t('sitesMain.files.noShow'))
    show(await this.existing(path))
  }

  private async existing(path: string): Promise<string> {
    const full = resolve(path)
    if (!this.paths.has(full)) {
      throw new AppError('forbidden', t('sitesMain.files.onlySaved'))
    }
    const found = await stat(full).catch(() => null)
    if (!found?.isFile()) {
      throw new AppError('not_found', t('sitesMain.files.gone', { path: full }))
    }
    return full
  }
}
