const LANGUAGE = /^[\w#+.-]{1,40}$/

/** The language of a code block when it is a plain name (`ts`, `c++`, `objective-c`), else null. */
export function codeLanguage(language: string | null): string | null {
  const trimmed = language?.trim() ?? ''
  return LANGUAGE.test(trimmed) ? trimmed : null
}
