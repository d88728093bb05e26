import type { MenuItemConstructorOptions } from 'electron'
import { afterEach, describe, expect, it } from 'vitest'
import type { MenuCommand } from '@shared/ipc/contract'
import { applyLanguage, i18n } from '@shared/i18n/i18n'
import { menuTemplate } from './menuTemplate'

afterEach(() => void i18n.changeLanguage('en'))

function build(isMac: boolean) {
  const sent: MenuCommand[] = []
  let chose = 0
  const template = menuTemplate({
    send: (command) => sent.push(command),
    chooseLibraryFolder: () => chose++,
    isPackaged: true,
    isMac,
  })
  const items = (menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])])
  const find = (label: string) => {
    const item = items(template).find((i) => i.label === label)
    if (!item) throw new Error(`no menu item “${label}”`)
    return item
  }
  const click = (label: string) => (find(label).click as (() => void) | undefined)?.()
  return { template, sent, chose: () => chose, items: () => items(template), find, click }
}

describe('the application menu', () => {
  it('speaks the chosen language, down to the editing items Electron would name in English', () => {
    applyLanguage('de', ['en-US'])
    const menu = build(false)
    expect(menu.template.map((m) => m.label)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Hilfe'])
    expect(menu.find('Rückgängig').role).toBe('undo')
    expect(menu.find('Beenden').role).toBe('quit')
    // Every item a person can see has a label of ours: none falls back to Electron's English.
    const unlabelled = menu.items().filter((i) => i.type !== 'separator' && !i.label)
    expect(unlabelled).toEqual([])
  })

  it('sends each command to the window, whatever the language', () => {
    applyLanguage('de', ['en-US'])
    const menu = build(false)
    menu.click('Neuer Artikel')
    menu.click('Veröffentlichen …')
    menu.click('Über Copydesk')
    menu.click('Bibliotheksordner wählen …')
    expect(menu.sent).toEqual(['new-article', 'publish', 'about'])
    expect(menu.chose()).toBe(1)
    expect(menu.find('Veröffentlichen …').accelerator).toBe('CmdOrCtrl+Shift+Enter')
  })

  it('has the app menu on a Mac and the same menus in English', () => {
    applyLanguage('en', ['en-US'])
    const menu = build(true)
    expect(menu.template.map((m) => m.label)).toEqual(['Copydesk', 'File', 'Edit', 'View', 'Help'])
    menu.click('About Copydesk')
    expect(menu.sent).toEqual(['about'])
  })
})
