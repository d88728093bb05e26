import { readdir, readFile, stat } from 'node:fs/promises'
import { isAbsolute, join, relative } from 'node:path'
import { Liquid, type Template } from 'liquidjs'
import type { ThemeError } from '@shared/ipc/channels/preview'
import { slugify } from '@shared/article/slugify'
import { t } from '@shared/i18n/i18n'
import { ThemeManifestSchema } from './ThemeManifest'
import type { ThemeVariables } from './ThemeVariables'

/** The page a theme produced, or why it could not. */
export type ThemeOutput = { ok: true; html: string } | { ok: false; error: ThemeError }

interface ParsedTheme {
  /** File names, sizes and modification times the parse was made from. */
  signature: string
  liquid: Liquid
  templates: Template[]
}

/**
 * Renders theme folders (theme.json + Liquid templates). Every printed value is HTML-escaped
 * unless the template asks for `| raw`. Parsed templates are kept per folder and parsed again
 * when a file in it changes, so a preview refresh costs only the render.
 */
export class ThemeEngine {
  private readonly parsed = new Map<string, ParsedTheme | ThemeError>()
  private readonly signatures = new Map<string, string>()

  async render(themeDir: string, variables: ThemeVariables): Promise<ThemeOutput> {
    const theme = await this.load(themeDir)
    if (!('liquid' in theme)) return { ok: false, error: theme }
    try {
      const html = (await theme.liquid.render(theme.templates, variables)) as string
      return { ok: true, html }
    } catch (error) {
      return { ok: false, error: themeError(error, themeDir) }
    }
  }

  private async load(themeDir: string): Promise<ParsedTheme | ThemeError> {
    const signature = await folderSignature(themeDir)
    const cached = this.parsed.get(themeDir)
    if (cached && this.signatures.get(themeDir) === signature) return cached
    const theme = await parseTheme(themeDir, signature)
    this.parsed.set(themeDir, theme)
    this.signatures.set(themeDir, signature)
    return theme
  }
}

async function parseTheme(themeDir: string, signature: string): Promise<ParsedTheme | ThemeError> {
  let manifestText: string
  try {
    manifestText = await readFile(join(themeDir, 'theme.json'), 'utf8')
  } catch {
    return fileError(t('previewMain.theme.noManifest'), 'theme.json')
  }
  let manifest
  try {
    manifest = ThemeManifestSchema.parse(JSON.parse(manifestText))
  } catch {
    return fileError(t('previewMain.theme.badManifest'), 'theme.json')
  }
  let source: string
  try {
    source = await readFile(join(themeDir, manifest.template), 'utf8')
  } catch {
    return fileError(
      t('previewMain.theme.noTemplate', { template: manifest.template }),
      manifest.template,
    )
  }
  const liquid = new Liquid({
    root: [themeDir],
    extname: '.liquid',
    cache: true,
    outputEscape: 'escape',
    strictFilters: true,
    // A template with a runaway loop stops instead of freezing the preview.
    renderLimit: 2_000,
    parseLimit: 5_000_000,
    memoryLimit: 50_000_000,
  })
  // Captured themes write category addresses the way their site does: `/topics/{{ category | slug }}/`.
  liquid.registerFilter('slug', (value: unknown) => slugify(String(value ?? '')))
  try {
    const templates = liquid.parse(source, join(themeDir, manifest.template))
    return { signature, liquid, templates }
  } catch (error) {
    return themeError(error, themeDir)
  }
}

/** Names, sizes and times of theme.json and the templates: changes whenever one is edited. */
async function folderSignature(themeDir: string): Promise<string> {
  const names = await readdir(themeDir).catch(() => [] as string[])
  const watched = names.filter((n) => n === 'theme.json' || n.endsWith('.liquid')).sort()
  const parts = await Promise.all(
    watched.map(async (name) => {
      const info = await stat(join(themeDir, name)).catch(() => null)
      return `${name}:${info?.size ?? -1}:${info?.mtimeMs ?? -1}`
    }),
  )
  return parts.join('|')
}

function fileError(message: string, file: string): ThemeError {
  return { message, line: null, file }
}

interface LiquidLikeError {
  message: string
  originalError?: { message?: string }
  token?: { file?: string; getPosition?: () => [number, number] }
}

/** The Liquid error as a person reads it: what, in which file, on which line. */
function themeError(error: unknown, themeDir: string): ThemeError {
  if (!(error instanceof Error)) return { message: String(error), line: null, file: null }
  const liquidError = error as LiquidLikeError
  const position = liquidError.token?.getPosition?.()
  const file = liquidError.token?.file ?? null
  const message = liquidError.originalError?.message ?? error.message.replace(/, file:.*$/, '')
  return {
    message: message.split(themeDir).join('.'),
    line: position && position[0] > 0 ? position[0] : null,
    file: file ? relativeTo(themeDir, file) : null,
  }
}

function relativeTo(dir: string, file: string): string {
  const inside = relative(dir, file)
  return inside.startsWith('..') || isAbsolute(inside) ? file : inside.split('\\').join('/')
}
