import { useEffect, useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { t } from '@shared/i18n/i18n'
import { ArticleMetaSchema } from '@shared/article/Article'
import type { CaptureSlotFinding } from '@shared/sites/captureSlots'
import { copydesk } from '../api/copydesk'
import { messageOf } from '../api/messageOf'
import { PreviewFrame } from '../preview/PreviewFrame'
import { slotLabel } from './slotLabel'
import { withSlotOutlines } from './slotOutlines'

/** Props of {@link CaptureSlotsPicture}. */
export interface CaptureSlotsPictureProps {
  siteId: string
  slots: readonly CaptureSlotFinding[]
}

/** A stand-in article that fills every slot, so each one shows on the picture. */
function sampleArticle() {
  const at = new Date().toISOString()
  return {
    meta: ArticleMetaSchema.parse({
      id: 'capture-sample',
      title: t('sitesForm.theme.sampleTitle'),
      slug: 'the-title-of-your-article',
      createdAt: at,
      updatedAt: at,
      publishDate: at,
      category: t('sitesForm.theme.sampleCategory'),
      tags: [t('sitesForm.theme.sampleTag'), t('sitesForm.theme.sampleOtherTag')],
    }),
    doc: {
      type: 'doc' as const,
      content: [
        {
          type: 'paragraph' as const,
          content: [{ type: 'text' as const, text: t('sitesForm.theme.sampleText') }],
        },
      ],
    },
  }
}

/**
 * After a capture: the site's page with a stand-in article, each slot that was found outlined
 * and named on it, the slots that were not found named at its top, and the list of both.
 */
export function CaptureSlotsPicture({ siteId, slots }: CaptureSlotsPictureProps): JSX.Element {
  const { t: translate } = useTranslation()
  const [html, setHtml] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    const { meta, doc } = sampleArticle()
    copydesk()
      .preview.render({ siteId, meta, doc })
      .then((result) => {
        if (!current) return
        if (result.error) setError(result.error.message)
        else setHtml(withSlotOutlines(result.html, slots))
      })
      .catch((failure: unknown) => current && setError(messageOf(failure)))
    return () => {
      current = false
    }
  }, [siteId, slots])

  return (
    <section
      className="ui-capture-slots"
      data-testid="capture-slots"
      aria-label={translate('sitesForm.theme.found')}
    >
      <ul className="ui-capture-slot-list">
        {slots.map((s) => (
          <li key={s.slot} data-slot={s.slot} data-found={s.found ? 'yes' : 'no'}>
            <span aria-hidden="true">{s.found ? '✓' : '–'}</span>{' '}
            {translate(s.found ? 'sitesForm.theme.slotFound' : 'sitesForm.theme.slotNotFound', {
              slot: slotLabel(s.slot),
            })}
          </li>
        ))}
      </ul>
      <div className="ui-capture-picture" data-testid="capture-picture">
        {error ? (
          <p className="ui-field-error">{error}</p>
        ) : (
          <PreviewFrame html={html} pageWidth={1280} onLink={() => undefined} />
        )}
      </div>
    </section>
  )
}
