import { t } from '@shared/i18n/i18n'
/** What a failed build's output says, in a few lines a person can read. */
export interface BuildFailure {
  message: string
  /** The file the generator blames, relative to the site's folder, when it names one. */
  file: string | null
  line: number | null
}

// eslint-disable-next-line no-control-regex -- terminal colour codes are control characters
const ANSI = /\u001b\[[0-9;]*m/g
/** Lines that carry the error itself, as Hugo, Jekyll, Astro and Eleventy print it. */
const ERROR_LINE = /(^|\s)(error|exception|\[\w*Error\]|invalid|failed|problem)/i
/**
 * Lines that only point at where the full trace is, repeat a count, or belong to a stack trace
 * (JavaScript `at …`, Ruby `from /…`, or any line starting with a path outside the site).
 */
const NOISE =
  /^(-{4,}|.*--trace|.*for any additional information|.*Error building site: logged \d+ error|at\s|from\s|\/|Stack trace:|Error reference:|https?:\/\/|Total in \d+ ms|.*\(node:internal)/i
const MAX_LINES = 6

function relative(text: string, folder: string): string {
  const root = folder.endsWith('/') ? folder : `${folder}/`
  return text.split(root).join('').split(folder).join('.')
}

/** `file.md:12:3`, `file.md:12`, or "(line 12) … in file.md" as Jekyll writes it. */
function location(text: string): { file: string | null; line: number | null } {
  const colon = /([\w./@[\]()+-]+\.[A-Za-z0-9]+):(\d+)(?::\d+)?/.exec(text)
  if (colon?.[1] && colon[2]) return { file: colon[1], line: Number(colon[2]) || null }
  const jekyll = /\(line (\d+)\).*? in ([\w./@[\]()+-]+\.[A-Za-z0-9]+)/.exec(text)
  if (jekyll?.[1] && jekyll[2]) return { file: jekyll[2], line: Number(jekyll[1]) || null }
  const file =
    /\b((?:[\w@+-]+\/)+[\w@+.-]+\.(?:md|markdown|html|njk|liquid|astro|ts|js|mjs|toml|ya?ml))\b/.exec(
      text,
    )
  return { file: file?.[1] ?? null, line: null }
}

/**
 * The part of a generator's output that says why the build failed, with the site folder's path
 * taken out so files read as they do in the repository. Falls back to the output's last lines.
 */
export function buildFailure(output: string, folder: string): BuildFailure {
  const lines = relative(output.replace(ANSI, ''), folder)
    .split('\n')
    .map((line) => line.replace(/^(ERROR|WARN)\s+\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d\s+/, '$1 '))
    .map((line) => line.replace(/\*\*/g, '').trimEnd())
    .filter((line) => line.trim() !== '' && !line.startsWith('WARN ') && !NOISE.test(line.trim()))
  const start = lines.findIndex((line) => ERROR_LINE.test(line))
  const picked = start < 0 ? lines.slice(-MAX_LINES) : lines.slice(start, start + MAX_LINES)
  const message = picked.map((line) => line.trim()).join('\n') || t('targetsMain.build.noReason')
  return { message, ...location(message) }
}
