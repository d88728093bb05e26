/** Names of the toolbar's drawn icons. */
export type ToolbarIconName =
  | 'link'
  | 'bulletList'
  | 'orderedList'
  | 'quote'
  | 'code'
  | 'rule'
  | 'image'
  | 'table'
  | 'undo'
  | 'redo'
  | 'comment'

/** 16×16 stroke paths; drawn inline so the app loads no icon font. */
const PATHS: Record<ToolbarIconName, string> = {
  link: 'M6.5 9.5l3-3M7 4.5l1-1a2.8 2.8 0 014 4l-1 1M9 11.5l-1 1a2.8 2.8 0 01-4-4l1-1',
  bulletList: 'M6 4h8M6 8h8M6 12h8M2.5 4h.01M2.5 8h.01M2.5 12h.01',
  orderedList: 'M7 4h7M7 8h7M7 12h7M2 3l1-.5V6M2 6h2M2 10h2v1.5L2 13h2',
  quote: 'M3 5h3v3c0 2-1 3-3 3.5M10 5h3v3c0 2-1 3-3 3.5',
  code: 'M5.5 4.5L2 8l3.5 3.5M10.5 4.5L14 8l-3.5 3.5',
  rule: 'M2 8h12',
  image: 'M2.5 3.5h11v9h-11zM2.5 10.5l3-3 3 3 2-2 3 3M10.5 6h.01',
  table: 'M2.5 3.5h11v9h-11zM2.5 6.5h11M2.5 9.5h11M6.5 3.5v9M10 3.5v9',
  undo: 'M5 3.5L2.5 6 5 8.5M2.5 6H10a3.5 3.5 0 010 7H7',
  redo: 'M11 3.5L13.5 6 11 8.5M13.5 6H6a3.5 3.5 0 000 7h3',
  comment: 'M2.5 3.5h11v7.5h-6l-3 2.5v-2.5h-2zM5 6.5h6M5 8.5h4',
}

/** A small line icon in the current text colour. */
export function ToolbarIcon({ name }: { name: ToolbarIconName }): React.JSX.Element {
  return (
    <svg
      className="ui-tb-icon"
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  )
}
