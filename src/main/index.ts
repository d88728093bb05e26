import { t } from '@shared/i18n/i18n'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, session, shell } from 'electron'
import { createServices, type Services } from './createServices'
import { AppError } from './errors/AppError'
import { createHandlers } from './ipc/createHandlers'
import { userDataOverride } from './userDataOverride'
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  handleAppProtocol,
  registerAppScheme,
} from './electron/appProtocol'
import { chooseSavePath } from './electron/chooseSavePath'
import { createMainWindow, preloadPathFrom } from './electron/createMainWindow'
import { denyPermissions } from './electron/denyPermissions'
import { ElectronSettingsStore } from './electron/ElectronSettingsStore'
import { quitGracefully, saveBeforeClose } from './electron/gracefulClose'
import { hardenWebContents } from './electron/hardenWebContents'
import { installAppMenu } from './electron/installAppMenu'
import { pickLibraryFolder } from './electron/pickLibraryFolder'
import { printToPdf } from './electron/printToPdf'
import { registerIpcHandlers } from './electron/registerIpcHandlers'
import { safeStorageCipher } from './electron/safeStorageCipher'
import { EncryptedFileSecretStore } from './secrets/EncryptedFileSecretStore'

const mainDir = import.meta.dirname
// electron-vite dev serves the renderer over http with hot reload; builds use copydesk://app.
const devUrl = process.env.ELECTRON_RENDERER_URL || undefined
const appOrigins = devUrl ? [APP_ORIGIN, new URL(devUrl).origin] : [APP_ORIGIN]

app.setName('Copydesk')
app.setPath(
  'userData',
  userDataOverride(process.argv, process.env) ?? join(app.getPath('appData'), 'Copydesk'),
)
registerAppScheme()
hardenWebContents()

// The lock lives in the user-data folder, so test runs with their own folder do not collide.
if (!app.requestSingleInstanceLock()) app.quit()
else void start()

async function start(): Promise<void> {
  await app.whenReady()
  let window: BrowserWindow | null = null
  const settingsStore = new ElectronSettingsStore(app.getPath('userData'))
  const libraryPath = join(app.getPath('userData'), 'Library')
  mkdirSync(libraryPath, { recursive: true })

  let services: Services
  try {
    services = await createServices({
      libraryPath,
      settings: settingsStore,
      dataPath: app.getPath('userData'),
      secrets: new EncryptedFileSecretStore(
        join(app.getPath('userData'), 'secrets.json'),
        safeStorageCipher,
      ),
      appInfo: { version: app.getVersion(), platform: process.platform, runtime: 'electron' },
      systemLocales: app.getPreferredSystemLanguages(),
      chooseLibraryFolder: () => pickLibraryFolder(window),
      chooseSavePath: (suggestedName) => chooseSavePath(window, suggestedName),
      printToPdf,
      openPath: async (folder) => {
        const problem = await shell.openPath(folder)
        if (problem) throw new AppError('io', t('startupMain.folderNotOpened', { problem }))
      },
      openFile: async (path) => {
        const problem = await shell.openPath(path)
        if (problem) throw new AppError('io', t('startupMain.fileNotOpened', { problem }))
      },
      showInFolder: (path) => shell.showItemInFolder(path),
    })
  } catch (error) {
    console.error('Startup failed', error)
    const detail = error instanceof AppError ? error.message : t('startupMain.libraryNotOpened')
    dialog.showErrorBox(t('startupMain.couldNotStart'), detail)
    app.exit(1)
    return
  }

  const handlers = createHandlers(services, {
    openExternal: (url) => shell.openExternal(url),
    checkOutputs: !app.isPackaged,
  })
  const activity = registerIpcHandlers(handlers, () => window, appOrigins)
  denyPermissions(session.defaultSession, appOrigins)
  handleAppProtocol(session.defaultSession, () => ({
    rendererDir: join(mainDir, '../renderer'),
    assetFile: (articleId, name) => services.library.assetFile(articleId, name),
    themeDir: (owner) => services.sites.servedThemeDir(owner),
  }))

  const send = installAppMenu({
    window: () => window,
    chooseLibrary: () => services.chooseLibrary(),
    isPackaged: app.isPackaged,
  })

  const openWindow = () => {
    const created = createMainWindow({
      preloadPath: preloadPathFrom(mainDir),
      url: devUrl ?? APP_ENTRY_URL,
      settings: settingsStore,
    })
    saveBeforeClose(created, send, activity)
    created.on('closed', () => {
      if (window === created) window = null
    })
    window = created
  }
  openWindow()

  app.on('second-instance', () => {
    if (!window) return openWindow()
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  quitGracefully(() => services.close())
}
