import { useEffect, useId, useRef, type JSX, type KeyboardEvent, type ReactNode } from 'react'

/** Props of {@link Modal}. */
export interface ModalProps {
  title: string
  onClose(): void
  children: ReactNode
  /** Buttons at the bottom right. */
  footer?: ReactNode
  testId?: string
  /** Extra class for the panel, e.g. a wider dialog. */
  className?: string
}

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])'

/**
 * Makes everything outside `element` inert (unfocusable, hidden from screen readers): each
 * sibling of it and of its ancestors up to the body. Returns what it changed, to undo it;
 * what was inert already (under an outer dialog) is left as it was.
 */
function makeRestInert(element: HTMLElement | null): Element[] {
  const changed: Element[] = []
  for (let node = element; node?.parentElement; node = node.parentElement) {
    for (const sibling of node.parentElement.children) {
      if (sibling === node || sibling.hasAttribute('inert') || sibling.tagName === 'SCRIPT')
        continue
      sibling.setAttribute('inert', '')
      changed.push(sibling)
    }
    if (node.parentElement === document.body) break
  }
  return changed
}

/**
 * An in-app dialog: dims the window and makes the rest of it inert, keeps Tab inside, closes on Escape, and gives focus back
 * to whatever had it before.
 */
export function Modal(props: ModalProps): JSX.Element {
  const { title, onClose, children, footer, testId } = props
  const panel = useRef<HTMLDivElement>(null)
  const backdrop = useRef<HTMLDivElement>(null)
  const titleId = useId()
  const onCloseRef = useRef(onClose)
  useEffect(() => {
    onCloseRef.current = onClose
  })

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const hidden = makeRestInert(backdrop.current)
    const first = panel.current?.querySelector<HTMLElement>('[data-autofocus], ' + FOCUSABLE)
    first?.focus()
    return () => {
      for (const element of hidden) element.removeAttribute('inert')
      // What had focus may be gone (a publish changes the status buttons): then the text.
      const back = previous?.isConnected ? previous : document.querySelector('main .ProseMirror')
      if (back instanceof HTMLElement) back.focus()
    }
  }, [])

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.stopPropagation()
      onCloseRef.current()
      return
    }
    if (event.key !== 'Tab' || !panel.current) return
    const items = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)]
    const first = items[0]
    const last = items[items.length - 1]
    if (!first || !last) return
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first.focus()
    }
  }

  return (
    <div
      ref={backdrop}
      className="ui-modal-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && onClose()}
    >
      <div
        ref={panel}
        className={props.className ? `ui-modal ${props.className}` : 'ui-modal'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="ui-modal-title">
          {title}
        </h2>
        <div className="ui-modal-body">{children}</div>
        {footer && <div className="ui-modal-footer">{footer}</div>}
      </div>
    </div>
  )
}
