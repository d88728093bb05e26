import type { JSX } from 'react'
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
  switch (build.state) {
    case 'passed':
      return (
        <p className="ui-publish-build" data-testid="publish-build" data-state="passed">
          The site built with {build.generator} · {formatDuration(build.tookMs)}
        </p>
      )
    case 'not-checked':
      return (
        <p
          className="ui-publish-build ui-hint"
          data-testid="publish-build"
          data-state="not-checked"
        >
          Build not checked: {build.message}
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
            {sent
              ? `${build.generator} could not build the site with this change. It was published all the same.`
              : `${build.generator} could not build the site with this change, so nothing was sent.`}
          </p>
          {where && <p className="ui-mono">{where}</p>}
          <pre className="ui-publish-build-output">{build.message}</pre>
        </div>
      )
    }
  }
}
