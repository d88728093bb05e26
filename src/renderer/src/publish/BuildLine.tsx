import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { BuildCheck } from '@shared/publish/Publish'
import { formatDuration } from '@shared/format/localeFormat'
import { buildFailurePlace } from '@shared/publish/buildFailurePlace'

/** Props of {@link BuildLine}. */
export interface BuildLineProps {
  build: BuildCheck
  /** Whether the change went to the site (a failure only warned) or was held back. */
  sent: boolean
}

/** What the site's own generator made of the change: built, failed in its words, not checked. */
export function BuildLine({ build, sent }: BuildLineProps): JSX.Element {
  const { t } = useTranslation()
  switch (build.state) {
    case 'passed':
      return (
        <p className="ui-publish-build" data-testid="publish-build" data-state="passed">
          {t('publish.build.passed', {
            generator: build.generator,
            duration: formatDuration(build.tookMs),
          })}
        </p>
      )
    case 'not-checked':
      return (
        <p
          className="ui-publish-build ui-hint"
          data-testid="publish-build"
          data-state="not-checked"
        >
          {t('publish.build.notChecked', { message: build.message })}
        </p>
      )
    case 'failed': {
      const where = buildFailurePlace(build)
      return (
        <div
          className="ui-publish-build ui-publish-build-failed"
          data-testid="publish-build"
          data-state="failed"
        >
          <p className="ui-publish-build-title">
            {t(sent ? 'publish.build.failedSent' : 'publish.build.failedHeld', {
              generator: build.generator,
            })}
          </p>
          {where && <p className="ui-mono">{where}</p>}
          <pre className="ui-publish-build-output">{build.message}</pre>
        </div>
      )
    }
  }
}
