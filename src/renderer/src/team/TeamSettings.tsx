import { useState, type JSX } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { checkTeamAddress } from '@shared/team/checkTeamAddress'
import { useBridgeAction } from '../api/useBridgeAction'
import { useBridgeQuery } from '../api/useBridgeQuery'

/** Props of {@link TeamSettings}. */
export interface TeamSettingsProps {
  /** The name members see; defaults to the name in General. */
  userName: string
  /** Called once the library joined the team. */
  onJoined?(): void
}

const ROLE_KEYS = {
  writer: 'team.roles.writer',
  reviewer: 'team.roles.reviewer',
  publisher: 'team.roles.publisher',
  admin: 'team.roles.admin',
} as const

function isRole(role: string): role is keyof typeof ROLE_KEYS {
  return role in ROLE_KEYS
}

/** Settings → Team: join a team server with its address and an invite, or see the team joined. */
export function TeamSettings({ userName, onJoined }: TeamSettingsProps): JSX.Element {
  const { t } = useTranslation()
  const loaded = useBridgeQuery([], (api) => api.team.view())
  const view = loaded.data
  const [address, setAddress] = useState('')
  const [invite, setInvite] = useState('')
  const [allowInsecure, setAllowInsecure] = useState(false)
  const joining = useBridgeAction(
    (api) => api.team.connect({ address, invite, name: userName, allowInsecure }),
    t('team.joinFailed'),
  )
  const busy = joining.busy
  const error = joining.error ?? loaded.error

  const check = address.trim() === '' ? null : checkTeamAddress(address, allowInsecure)
  const needsConfirmation = check !== null && !check.ok && check.needsConfirmation
  const insecureConfirmed = check === null || check.ok || !check.needsConfirmation

  const connect = async (): Promise<void> => {
    const outcome = await joining.run()
    if (!outcome.ok) return
    loaded.set(outcome.value)
    onJoined?.()
  }

  if (view?.connected) {
    const role = view.role ?? ''
    return (
      <div className="ui-field" data-testid="team-connected">
        <div className="ui-field-label">
          <span>{t('team.heading')}</span>
        </div>
        <p>
          <Trans
            i18nKey="team.belongsTo"
            values={{
              team: view.teamName,
              url: view.url,
              member: view.memberName,
              role: isRole(role) ? t(ROLE_KEYS[role]) : role,
            }}
            components={{ team: <strong />, member: <strong /> }}
          />
        </p>
        <div className="ui-field-help">{t('team.keptOffline')}</div>
      </div>
    )
  }

  return (
    <form
      className="ui-team-form"
      onSubmit={(event) => {
        event.preventDefault()
        void connect()
      }}
    >
      <p className="ui-team-intro">{t('team.intro')}</p>
      <div className="ui-field">
        <div className="ui-field-label">
          <label htmlFor="team-address">{t('team.address')}</label>
        </div>
        <input
          id="team-address"
          className="ui-input"
          data-testid="team-address"
          placeholder="team.example.org"
          value={address}
          onChange={(e) => setAddress(e.target.value)}
        />
        {check !== null && !check.ok && (
          <p className="ui-field-error" role="alert" data-testid="team-address-problem">
            {check.message}
          </p>
        )}
        {needsConfirmation || allowInsecure ? (
          <label className="ui-team-checkbox">
            <input
              type="checkbox"
              data-testid="team-allow-insecure"
              checked={allowInsecure}
              onChange={(e) => setAllowInsecure(e.target.checked)}
            />
            {t('team.allowInsecure')}
          </label>
        ) : null}
      </div>
      <div className="ui-field">
        <div className="ui-field-label">
          <label htmlFor="team-invite">{t('team.invite')}</label>
        </div>
        <input
          id="team-invite"
          className="ui-input"
          data-testid="team-invite"
          placeholder="cdi_…"
          autoComplete="off"
          value={invite}
          onChange={(e) => setInvite(e.target.value)}
        />
      </div>
      {error && (
        <p className="ui-field-error" role="alert" data-testid="team-error">
          {error}
        </p>
      )}
      <button
        type="submit"
        className="ui-button ui-button-primary"
        data-testid="team-connect"
        disabled={busy || !insecureConfirmed || address.trim() === '' || invite.trim() === ''}
      >
        {busy ? t('team.joining') : t('team.join')}
      </button>
    </form>
  )
}
