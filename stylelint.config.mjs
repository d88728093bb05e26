/**
 * Style sheets of the window (src/renderer/src/**\/*.css). Every class there is the app's own and
 * carries the `ui-` prefix, so it can never meet a site theme's `cd-` slot classes or a captured
 * page's classes; the only others are the ones ProseMirror and TipTap put on the editor's DOM.
 * See "Styles" in docs/architecture.md.
 */
const APP_CLASS = 'ui-[a-z0-9]+(?:[-_]{1,2}[a-z0-9]+)*'
const EDITOR_LIBRARY_CLASSES = [
  'ProseMirror',
  'ProseMirror-selectednode',
  'is-empty',
  'selectedCell',
  'tableWrapper',
]

export default {
  rules: {
    'selector-class-pattern': [
      `^(?:${APP_CLASS}|${EDITOR_LIBRARY_CLASSES.join('|')})$`,
      {
        resolveNestedSelectors: true,
        message: (selector) =>
          `Class in "${selector}" needs the ui- prefix (ui-thing, ui-thing__part, ui-thing--variant)`,
      },
    ],
  },
}
