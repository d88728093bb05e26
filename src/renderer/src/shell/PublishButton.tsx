import type { JSX } from 'react'

/** Props of {@link PublishButton}. */
export interface PublishButtonProps {
  /** "Publish", in the person's language. */
  label: string
  /** "Publish (Ctrl+Shift+Enter)": the hover text when publishing is possible. */
  title: string
  hasArticle: boolean
  /** Why this member cannot publish the open article; null when they can. */
  blocked: string | null
  onPublish(): void
}

/**
 * The toolbar's Publish action. When the member's role cannot publish, it stays focusable
 * (aria-disabled, not disabled) so keyboard and screen reader users reach it and hear why.
 */
export function PublishButton(props: PublishButtonProps): JSX.Element {
  if (props.hasArticle && props.blocked) {
    return (
      <span className="ui-publish-blocked">
        <button
          type="button"
          className="ui-button ui-button-small"
          aria-disabled="true"
          aria-describedby="publish-blocked-reason"
          data-testid="open-publish"
          onClick={(event) => event.preventDefault()}
        >
          {props.label}
        </button>
        <span
          id="publish-blocked-reason"
          role="tooltip"
          className="ui-publish-blocked__reason"
          data-testid="publish-blocked-reason"
        >
          {props.blocked}
        </span>
      </span>
    )
  }
  return (
    <button
      type="button"
      className="ui-button ui-button-primary ui-button-small"
      title={props.title}
      data-testid="open-publish"
      disabled={!props.hasArticle}
      onClick={props.onPublish}
    >
      {props.label}
    </button>
  )
}
