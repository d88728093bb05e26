import { CAPTURE_SLOT_INFO, type CaptureSlotFinding } from '@shared/sites/captureSlots'

/**
 * A style sheet that outlines each slot a capture found and names it on the page, added to the
 * preview document's head so the picture shows where each slot landed.
 */
export function slotOutlines(slots: readonly CaptureSlotFinding[]): string {
  const rules = slots
    .filter((s) => s.found)
    .map((s) => {
      const { className, label } = CAPTURE_SLOT_INFO[s.slot]
      return [
        `.${className}{outline:3px solid #d9480f!important;outline-offset:2px;position:relative}`,
        `.${className}::before{content:${JSON.stringify(label)};position:absolute;top:-1.4em;left:0;`,
        'z-index:9999;padding:1px 6px;background:#d9480f;color:#fff;font:600 20px/1.3 sans-serif;',
        'letter-spacing:0;text-transform:none;white-space:nowrap}',
      ].join('')
    })
  return `<style data-copydesk-slots>${rules.join('\n')}</style>`
}

/** The preview document with the slot outlines added to its head. */
export function withSlotOutlines(html: string, slots: readonly CaptureSlotFinding[]): string {
  const style = slotOutlines(slots)
  return html.includes('</head>') ? html.replace('</head>', `${style}</head>`) : style + html
}
