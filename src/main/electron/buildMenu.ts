import { Menu } from 'electron'
import { menuTemplate, type MenuActions } from './menuTemplate'

export type { MenuActions } from './menuTemplate'

/** The application menu in the current language; build it again when the language changes. */
export function buildMenu(actions: MenuActions): Menu {
  return Menu.buildFromTemplate(menuTemplate(actions))
}
