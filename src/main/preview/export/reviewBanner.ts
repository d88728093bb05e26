import type { CheerioAPI } from 'cheerio'
import { formatDateTime } from '@shared/format/localeFormat'
import { t } from '@shared/i18n/i18n'

const BANNER_STYLE = [
  'position:sticky',
  'top:0',
  'z-index:2147483647',
  'margin:0',
  'padding:8px 16px',
  'background:#1f2937',
  'color:#f9fafb',
  'font:500 13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif',
  'text-align:center',
  'letter-spacing:0.01em',
].join(';')

/**
 * Marks a review copy as such at the top of the page, in the current language: "Review copy —
 * <title> — exported <date>".
 */
export function addReviewBanner($: CheerioAPI, title: string, exportedAt: Date): void {
  const date = formatDateTime(exportedAt, 'long')
  const banner = $('<div class="cd-review-banner" role="note"></div>')
    .attr('style', BANNER_STYLE)
    .text(t('previewMain.reviewBanner', { title: title || t('libraryMain.untitled'), date }))
  $('body').prepend(banner)
}
