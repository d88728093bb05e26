import type { JSX } from 'react'

/** A site's review gate: "Publishing needs approval". */
export function ApprovalSetting(props: {
  required: boolean
  onChange(required: boolean): void
}): JSX.Element {
  return (
    <fieldset className="ui-site-section">
      <legend>Review</legend>
      <label>
        <input
          type="checkbox"
          data-testid="site-require-approval"
          checked={props.required}
          onChange={(event) => props.onChange(event.target.checked)}
        />{' '}
        Publishing needs approval
      </label>
      <p className="ui-hint">
        Only articles a reviewer approved can be published to this site. Without it, publishing a
        draft asks first.
      </p>
    </fieldset>
  )
}
