import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { MenuCommand } from '@shared/ipc/contract'
import { Icon, type IconName } from '../ui/Icon'
import { PublishButton } from './PublishButton'
import { withShortcut } from './shortcuts'

/** Props of {@link Toolbar}. */
export interface ToolbarProps {
  mac: boolean
  libraryVisible: boolean
  sideVisible: boolean
  historyShown: boolean
  reviewShown: boolean
  hasArticle: boolean
  /** Why this member cannot publish the open article (a team role's limit); null when they can. */
  publishBlocked: string | null
  previewShown: boolean
  /** Both side panes and the preview are hidden: only the text is shown. */
  focused: boolean
  onFocus(): void
  run(command: MenuCommand): void
  onSettings(): void
}

/** The top bar: pane toggles, review, publish, history and settings. */
export function Toolbar(props: ToolbarProps): JSX.Element {
  const { mac, run } = props
  const { t } = useTranslation()
  const toggle = (
    command: MenuCommand,
    icon: IconName,
    label: string,
    pressed: boolean,
    testId: string,
    disabled = false,
  ) => (
    <button
      type="button"
      className={pressed ? 'ui-icon-button ui-is-pressed' : 'ui-icon-button'}
      aria-pressed={pressed}
      aria-label={label}
      title={withShortcut(label, command, mac)}
      data-testid={testId}
      disabled={disabled}
      onClick={() => run(command)}
    >
      <Icon name={icon} />
    </button>
  )
  return (
    <header className="ui-toolbar">
      {toggle(
        'toggle-library',
        'library',
        t('shell.toolbar.showLibrary'),
        props.libraryVisible,
        'toggle-library',
      )}
      <h1 className="ui-toolbar-title">Copydesk</h1>
      <span className="ui-toolbar-spacer" />
      <PublishButton
        label={t('shell.toolbar.publish')}
        title={withShortcut(t('shell.toolbar.publish'), 'publish', mac)}
        hasArticle={props.hasArticle}
        blocked={props.publishBlocked}
        onPublish={() => run('publish')}
      />
      {toggle(
        'show-comments',
        'comment',
        t('shell.toolbar.review'),
        props.sideVisible && props.reviewShown,
        'show-comments',
        !props.hasArticle,
      )}
      {toggle(
        'show-revisions',
        'history',
        t('shell.toolbar.history'),
        props.sideVisible && props.historyShown,
        'show-revisions',
        !props.hasArticle,
      )}
      {toggle(
        'toggle-preview',
        'preview',
        t('shell.toolbar.preview'),
        props.hasArticle && props.previewShown,
        'toggle-preview',
        !props.hasArticle,
      )}
      {toggle(
        'toggle-meta',
        'details',
        t('shell.toolbar.showDetails'),
        props.sideVisible,
        'toggle-meta',
      )}
      <button
        type="button"
        className={props.focused ? 'ui-icon-button ui-is-pressed' : 'ui-icon-button'}
        aria-pressed={props.focused}
        aria-label={t('shell.toolbar.focus')}
        title={t('shell.toolbar.focusHint')}
        data-testid="toggle-focus"
        onClick={props.onFocus}
      >
        <Icon name="focus" />
      </button>
      <button
        type="button"
        className="ui-icon-button"
        aria-label={t('shell.toolbar.settings')}
        title={t('shell.toolbar.settings')}
        data-testid="open-settings"
        onClick={props.onSettings}
      >
        <Icon name="gear" />
      </button>
    </header>
  )
}
