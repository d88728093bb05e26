/** Titles that break naive front matter. */
export const TRICKY_TITLES = [
  '---',
  'Breaking: "quotes" and \'single\' ones',
  'Line one\nLine two\n---\nnot front matter',
  '# not a comment',
  '@mention at start',
  '*star* at start',
  'Emoji 🚢⚓ and ünïcödé',
  'key: value # trailing',
  '+++',
  '[not, a, list]',
  'yes',
]
