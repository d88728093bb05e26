import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'

/** A site's review gate: "Publishing needs approval". */
export function ApprovalSetting(props: {
  required: boolean
  onChange(required: boolean): void
}): JSX.Element {
  const { t } = useTranslation()
  return (
    <fieldset className="ui-site-section">
      <legend>{t('publish.approval.legend')}</legend>
      <label>
        <input
          type="checkbox"
          data-testid="site-require-approval"
          checked={props.required}
          onChange={(event) => props.onChange(event.target.checked)}
        />{' '}
        {t('publish.approval.required')}
      </label>
      <p className="ui-hint">{t('publish.approval.hint')}</p>
    </fieldset>
  )
}
