import { t } from '@shared/i18n/i18n'
import type { AppInfo } from '@shared/ipc/contract'
import type { ChannelService, ParsedInput } from '@shared/ipc/ChannelService'
import { AppError } from '../../errors/AppError'
import type { SavedFiles } from '../../files/SavedFiles'
import { safeExternalUrl } from '@shared/safety/urlPolicy'

/** The operating system's side effects the app channels need. */
export interface AppChannelDeps {
  /** Opens a URL in the person's browser or mail client; only called with safe URLs. */
  openExternal(url: string): Promise<void>
}

/** The `app` channels: what this build is, and opening links and saved files outside the app. */
export class AppChannel implements ChannelService<'app'> {
  constructor(
    private readonly appInfo: AppInfo,
    private readonly savedFiles: SavedFiles,
    private readonly deps: AppChannelDeps,
  ) {}

  info(): AppInfo {
    return this.appInfo
  }

  async openExternal({ url }: ParsedInput<'app', 'openExternal'>): Promise<void> {
    if (safeExternalUrl(url) === null) {
      throw new AppError('refused', t('sitesMain.files.onlyWebLinks'))
    }
    await this.deps.openExternal(url)
  }

  openSavedFile({ path }: ParsedInput<'app', 'openSavedFile'>): Promise<void> {
    return this.savedFiles.open(path)
  }

  showSavedFile({ path }: ParsedInput<'app', 'showSavedFile'>): Promise<void> {
    return this.savedFiles.show(path)
  }
}
