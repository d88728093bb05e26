import type { ThemeError } from '@shared/ipc/channels/preview'
import { i18n, t } from '@shared/i18n/i18n'
import { escapeHtml } from '@shared/render/escapeHtml'
import type { ExcerptLine } from './templateExcerpt'

/**
 * The page the preview shows when a theme cannot render: what went wrong and where, in plain
 * words (in the current language), so the template can be fixed without guessing. Carries the
 * same no-script policy.
 */
export function themeErrorPage(
  error: ThemeError,
  policy: string,
  excerpt: readonly ExcerptLine[] = [],
): string {
  const { file, line } = error
  const place = line === null ? file : t('previewMain.theme.fileLine', { file, line })
  const where = file === null ? '' : `<p class="where">${escapeHtml(place ?? '')}</p>`
  const source =
    excerpt.length === 0
      ? ''
      : `<ol class="source" start="${excerpt[0]?.number ?? 1}">${excerpt
          .map((l) => `<li${l.current ? ' class="current"' : ''}>${escapeHtml(l.text) || ' '}</li>`)
          .join('')}</ol>`
  const title = t('previewMain.theme.pageTitle')
  return `<!doctype html>
<html lang="${escapeHtml(i18n.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">
<title>${escapeHtml(title)}</title>
<style>
  body { margin: 0; padding: 48px 32px; background: #fbf7f4; color: #2a2420;
    font: 15px/1.6 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
  .box { max-width: 640px; margin: 0 auto; padding: 24px 28px; border: 1px solid #e8c9bd;
    border-left: 4px solid #c2410c; border-radius: 8px; background: #fff; }
  h1 { margin: 0 0 8px; font-size: 18px; }
  .where { margin: 0 0 12px; color: #8a4b2f; font-weight: 600; }
  pre { margin: 0 0 16px; padding: 12px 14px; overflow-x: auto; border-radius: 6px;
    background: #f6efe9; font: 13px/1.5 ui-monospace, Menlo, Consolas, monospace; white-space: pre-wrap; }
  .source { margin: 0 0 16px; padding: 8px 0 8px 48px; overflow-x: auto; border-radius: 6px;
    background: #2a2420; color: #e9e1da; font: 13px/1.6 ui-monospace, Menlo, Consolas, monospace; }
  .source li { padding-right: 12px; white-space: pre; }
  .source li::marker { color: #8c7f76; }
  .source .current { background: #7c2d12; color: #fff; }
  .hint { margin: 0; color: #6b5f57; }
</style>
</head>
<body>
<div class="box" role="alert">
<h1>${escapeHtml(title)}</h1>
${where}
<pre class="message">${escapeHtml(error.message)}</pre>
${source}
<p class="hint">${escapeHtml(t('previewMain.theme.fixHint'))}</p>
</div>
</body>
</html>
`
}
