import { useId, type JSX } from 'react'

/** One labelled text setting of a publish target. */
export function TargetTextField(props: {
  label: string
  value: string
  onChange(value: string): void
  placeholder?: string
  help?: string
  type?: 'text' | 'url'
  testId?: string
}): JSX.Element {
  const id = useId()
  return (
    <div className="ui-field">
      <div className="ui-field-label">
        <label htmlFor={id}>{props.label}</label>
      </div>
      <input
        id={id}
        className="ui-input"
        type={props.type ?? 'text'}
        spellCheck={false}
        placeholder={props.placeholder}
        data-testid={props.testId}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.help && <div className="ui-field-help">{props.help}</div>}
    </div>
  )
}
