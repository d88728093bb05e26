/** File types the import picker offers: articles, and the images they reference. */
const ACCEPT = '.docx,.xml,.md,.markdown,.txt,.html,.htm,.png,.jpg,.jpeg,.gif,.webp,.avif'

/**
 * Opens the system's file picker for files to import (several at once) and hands them over;
 * nothing happens when the person cancels.
 */
export function pickImportFiles(onFiles: (files: File[]) => void): void {
  const input = document.createElement('input')
  input.type = 'file'
  input.multiple = true
  input.accept = ACCEPT
  input.addEventListener('change', () => onFiles(Array.from(input.files ?? [])), { once: true })
  input.click()
}
