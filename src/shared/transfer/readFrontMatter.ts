import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'

/** A text file's front matter, split from its body. */
export interface FrontMatter {
  format: 'yaml' | 'toml'
  data: Record<string, unknown>
  body: string
}

const FENCES = {
  yaml: /^---\r?\n((?:[\s\S]*?\r?\n)?)---[ \t]*(?:\r?\n|$)/,
  toml: /^\+\+\+\r?\n((?:[\s\S]*?\r?\n)?)\+\+\+[ \t]*(?:\r?\n|$)/,
} as const

/**
 * Reads YAML (`---`) or TOML (`+++`) front matter at the start of a text, or null when there is
 * none, it does not parse, or it is not a table of keys.
 */
export function readFrontMatter(text: string): FrontMatter | null {
  for (const format of ['yaml', 'toml'] as const) {
    const match = FENCES[format].exec(text)
    if (!match) continue
    try {
      const data: unknown =
        format === 'yaml' ? parseYaml(match[1] ?? '') : parseToml(match[1] ?? '')
      if (data === null || typeof data !== 'object' || Array.isArray(data)) return null
      return { format, data: data as Record<string, unknown>, body: text.slice(match[0].length) }
    } catch {
      return null
    }
  }
  return null
}
