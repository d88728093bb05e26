import type { JSX, ReactNode } from 'react'

/** Props of {@link Field}. */
export interface FieldProps {
  label: string
  /** The id of the control, so the label focuses it. */
  htmlFor?: string
  /** Small text on the label's right: a counter, a length hint. */
  aside?: ReactNode
  /** A line of help under the control. */
  help?: ReactNode
  children: ReactNode
}

/** A labelled control in the details panel. */
export function Field({ label, htmlFor, aside, help, children }: FieldProps): JSX.Element {
  return (
    <div className="ui-field">
      <div className="ui-field-label">
        <label htmlFor={htmlFor}>{label}</label>
        {aside}
      </div>
      {children}
      {help && <div className="ui-field-help">{help}</div>}
    </div>
  )
}
