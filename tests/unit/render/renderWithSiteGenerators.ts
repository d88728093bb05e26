import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function has(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 20_000 })
    return true
  } catch {
    return false
  }
}

/** Whether Hugo is installed (Debian: `apt install hugo`). */
export const hasHugo = has('hugo', ['version'])

const KRAMDOWN = ['-e', 'require "kramdown"; require "kramdown-parser-gfm"']
/** Whether Ruby with kramdown and its GFM parser (Jekyll's Markdown engine) is installed. */
export const hasKramdown = has('ruby', KRAMDOWN)

/**
 * Each Markdown text as Hugo's goldmark renders it in one real build, with raw HTML allowed
 * (`unsafe`, which captioned images need) unless `unsafe` is false (Hugo's default), and the
 * options that rewrite text turned off (typographer, linkify, highlighting), so the result
 * compares with renderHtml.
 */
export function renderWithHugo(markdowns: string[], unsafe = true): string[] {
  const site = mkdtempSync(join(tmpdir(), 'copydesk-hugo-'))
  try {
    mkdirSync(join(site, 'content'), { recursive: true })
    mkdirSync(join(site, 'layouts', '_default'), { recursive: true })
    writeFileSync(
      join(site, 'hugo.toml'),
      [
        'baseURL = "http://localhost/"',
        'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "home", "section", "404", "robotsTXT"]',
        '[markup.goldmark.renderer]',
        `unsafe = ${unsafe}`,
        '[markup.goldmark.extensions]',
        'typographer = false',
        'linkify = false',
        '[markup.highlight]',
        'codeFences = false',
      ].join('\n'),
    )
    writeFileSync(join(site, 'layouts', '_default', 'single.html'), '{{ .Content }}')
    markdowns.forEach((markdown, i) => {
      writeFileSync(join(site, 'content', `p${i}.md`), `---\ntitle: p${i}\n---\n${markdown}`)
    })
    execFileSync('hugo', ['--quiet', '--source', site], { stdio: 'pipe', timeout: 60_000 })
    return markdowns.map((_, i) =>
      readFileSync(join(site, 'public', `p${i}`, 'index.html'), 'utf8'),
    )
  } finally {
    rmSync(site, { recursive: true, force: true })
  }
}

/**
 * Each Markdown text as kramdown renders it with Jekyll's settings (GFM input, no hard wrap),
 * typographic replacements mapped back to the typed characters so the result compares.
 */
export function renderWithKramdown(markdowns: string[]): string[] {
  const script = `
    require "kramdown"; require "kramdown-parser-gfm"; require "json"
    symbols = { hellip: "...", mdash: "---", ndash: "--", laquo: "<<", raquo: ">>", laquo_space: "<< ", raquo_space: " >>" }
    out = JSON.parse(STDIN.read).map do |md|
      Kramdown::Document.new(md, input: "GFM", hard_wrap: false, syntax_highlighter: nil,
        smart_quotes: ["apos", "apos", "quot", "quot"], typographic_symbols: symbols).to_html
    end
    print JSON.generate(out)`
  const output = execFileSync('ruby', ['-e', script], {
    input: JSON.stringify(markdowns),
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  })
  return JSON.parse(output.toString('utf8')) as string[]
}
