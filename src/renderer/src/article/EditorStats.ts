/** What the editor reports about its text, for the status bar. */
export interface EditorStats {
  words: number
  characters: number
}
