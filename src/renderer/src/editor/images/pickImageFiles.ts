/** Opens the system's file picker for pictures and hands them over; nothing when cancelled. */
export function pickImageFiles(onFiles: (files: File[]) => void): void {
  const input = document.createElement('input')
  input.type = 'file'
  input.multiple = true
  input.accept = 'image/*'
  input.addEventListener(
    'change',
    () => {
      const files = Array.from(input.files ?? [])
      if (files.length > 0) onFiles(files)
    },
    { once: true },
  )
  input.click()
}
