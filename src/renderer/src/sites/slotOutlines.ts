import { formatList } from '@shared/format/localeFormat'
import { t } from '@shared/i18n/i18n'
import { CAPTURE_SLOT_INFO, type CaptureSlotFinding } from '@shared/sites/captureSlots'
import { slotLabel } from './slotLabel'

const FOUND_COLOUR = '#d9480f'
const MISSING_COLOUR = '#495057'

/**
 * A style sheet that outlines each slot a capture found and names it on the page, added to the
 * preview document's head so the picture shows where each slot landed.
 */
export function slotOutlines(slots: readonly CaptureSlotFinding[]): string {
  const rules = slots
    .filter((s) => s.found)
    .map((s) => {
      const { className } = CAPTURE_SLOT_INFO[s.slot]
      const label = slotLabel(s.slot)
      return [
        `.${className}{outline:3px solid ${FOUND_COLOUR}!important;outline-offset:2px;position:relative}`,
        `.${className}::before{content:${JSON.stringify(label)};position:absolute;top:-1.4em;left:0;`,
        `z-index:9999;padding:1px 6px;background:${FOUND_COLOUR};color:#fff;font:600 20px/1.3 sans-serif;`,
        'letter-spacing:0;text-transform:none;white-space:nowrap}',
      ].join('')
    })
  rules.push(
    [
      '[data-copydesk-missing]{position:sticky;top:0;z-index:10000;margin:0 0 32px;padding:10px 16px;',
      `border:3px dashed ${MISSING_COLOUR};background:#fff;color:#212529;font:500 20px/1.4 sans-serif;`,
      'letter-spacing:0;text-transform:none;text-align:left}',
    ].join(''),
  )
  return `<style data-copydesk-slots>${rules.join('\n')}</style>`
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * A note pinned to the top of the picture naming the slots the capture did not find: they are
 * not on the page, so they cannot be outlined where they are.
 */
export function missingSlotsNote(slots: readonly CaptureSlotFinding[]): string {
  const missing = slots.filter((s) => !s.found).map((s) => slotLabel(s.slot))
  if (missing.length === 0) return ''
  const note = t('sitesForm.theme.notOnPage', { count: missing.length, names: formatList(missing) })
  return `<p data-copydesk-missing>${escapeText(note)}</p>`
}

/** The preview document with the slot outlines added to its head and the missing slots named. */
export function withSlotOutlines(html: string, slots: readonly CaptureSlotFinding[]): string {
  const style = slotOutlines(slots)
  const note = missingSlotsNote(slots)
  const styled = html.includes('</head>')
    ? html.replace('</head>', `${style}</head>`)
    : style + html
  const body = /<body\b[^>]*>/i.exec(styled)
  if (!body) return note + styled
  const at = body.index + body[0].length
  return styled.slice(0, at) + note + styled.slice(at)
}
