import type { Editor } from '@tiptap/core'
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { normalizeLinkInput } from './links/normalizeLinkInput'

/** Props of {@link LinkPopover}. */
export interface LinkPopoverProps {
  editor: Editor
  /** Where to show it, relative to the editor surface. */
  position: { top: number; left: number }
  onClose: () => void
}

/** The text a link inserted at a bare caret shows: the address without `mailto:`. */
function linkText(href: string): string {
  return href.replace(/^mailto:/i, '')
}

/**
 * Adds, edits or removes the link at the selection. Opened with Mod-K or the toolbar; Enter
 * applies, Escape cancels. Only http(s) and mailto addresses are accepted, and a bare
 * `example.com` becomes `https://example.com`.
 */
export function LinkPopover({ editor, position, onClose }: LinkPopoverProps) {
  const { t } = useTranslation()
  const [existing] = useState(() => {
    const href: unknown = editor.getAttributes('link').href
    return typeof href === 'string' ? href : ''
  })
  const [value, setValue] = useState(existing)
  const [message, setMessage] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const messageId = useId()

  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [])

  // Back to the text at once, before the popover goes: TipTap's focus command waits for the next
  // frame, and keys typed meanwhile would land nowhere, then act on the still-selected words.
  const close = () => {
    editor.view.focus()
    onClose()
  }

  const apply = () => {
    const result = normalizeLinkInput(value)
    if (!result.ok) {
      setMessage(result.message)
      return
    }
    const { href } = result
    const chain = editor.chain().extendMarkRange('link')
    if (editor.state.selection.empty && existing === '') {
      chain
        .insertContent({
          type: 'text',
          text: linkText(href),
          marks: [{ type: 'link', attrs: { href } }],
        })
        .unsetMark('link')
        .run()
    } else {
      chain.setLink({ href }).run()
    }
    close()
  }

  const remove = () => {
    editor.chain().extendMarkRange('link').unsetLink().run()
    close()
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      close()
    }
  }

  // Clicking back into the article (or anywhere else) dismisses the popover without changes.
  const onBlur = (event: FocusEvent<HTMLFormElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onClose()
  }

  return (
    <form
      className="ui-link-popover"
      role="dialog"
      aria-label={existing ? t('editor.link.edit') : t('editor.link.add')}
      style={{ top: position.top, left: position.left }}
      onSubmit={(event) => {
        event.preventDefault()
        apply()
      }}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <div className="ui-link-popover__row">
        <input
          ref={input}
          data-testid="link-input"
          type="text"
          inputMode="url"
          value={value}
          placeholder="https://example.com"
          aria-label={t('editor.link.address')}
          aria-invalid={message !== null}
          aria-describedby={message ? messageId : undefined}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => {
            setValue(event.currentTarget.value)
            setMessage(null)
          }}
        />
        <button type="submit" className="ui-link-popover__apply" data-testid="link-apply">
          {t('editor.link.apply')}
        </button>
        {existing !== '' && (
          <button
            type="button"
            className="ui-link-popover__remove"
            data-testid="link-remove"
            onClick={remove}
          >
            {t('editor.link.remove')}
          </button>
        )}
      </div>
      {message && (
        <p id={messageId} className="ui-link-popover__message" role="alert">
          {message}
        </p>
      )}
    </form>
  )
}
