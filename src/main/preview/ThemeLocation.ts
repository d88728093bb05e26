import type { ThemeSite } from './theme/themeVariablesFor'

/** A theme folder, the URL path it is served at, and the site it shows. */
export interface ThemeLocation {
  dir: string
  /** `/themes/<siteId>` or `/themes/_builtin/<themeId>`, without a trailing slash. */
  url: string
  site: ThemeSite
}
