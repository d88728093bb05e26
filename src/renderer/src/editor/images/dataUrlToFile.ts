const DATA_URL = /^data:([^;,]+);base64,(.*)$/is

/** Decodes a base64 `data:` URL into a File named `<baseName>.<ext>`; null when malformed. */
export function dataUrlToFile(dataUrl: string, baseName: string): File | null {
  const match = DATA_URL.exec(dataUrl)
  if (!match) return null
  const type = (match[1] as string).toLowerCase()
  let binary: string
  try {
    binary = atob((match[2] as string).replace(/\s+/g, ''))
  } catch {
    return null
  }
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  const ext = (type.split('/')[1] ?? 'bin').replace('jpeg', 'jpg').replace(/[^a-z0-9]/g, '')
  return new File([bytes], `${baseName}.${ext}`, { type })
}
