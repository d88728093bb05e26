/** Layout wrappers: a paragraph when they hold only inline content, unwrapped otherwise. */
export const WRAPPER_TAGS = new Set(
  'DIV SECTION ARTICLE HEADER FOOTER MAIN ASIDE CENTER DL DT DD'.split(' '),
)

/** Block-level tags (upper case, as `tagName` reports them), to tell blocks from inline text. */
export const BLOCK_TAGS = new Set([
  ...WRAPPER_TAGS,
  ...'P H1 H2 H3 H4 H5 H6 UL OL LI BLOCKQUOTE PRE HR FIGURE FIGCAPTION'.split(' '),
  ...'TABLE CAPTION THEAD TBODY TFOOT TR TH TD'.split(' '),
])
