import type { SiteDraft } from '@shared/sites/SiteProfile'
import type { PublishTargetConfig } from '@shared/sites/targets'
import { t } from '@shared/i18n/i18n'

/** What is wrong with a site form, field by field; empty when it can be saved. */
export interface SiteDraftErrors {
  name?: string
  url?: string
  /** By row of the navigation list. */
  navigation?: Record<number, string>
  target?: string
}

/** True for an absolute http(s) address with a host, e.g. `https://news.example.com/`. */
export function isWebAddress(text: string): boolean {
  let url: URL
  try {
    url = new URL(text.trim())
  } catch {
    return false
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
}

/** Checks a site form before it is saved; messages are for the person filling it in. */
export function validateSiteDraft(draft: SiteDraft): SiteDraftErrors {
  const errors: SiteDraftErrors = {}
  if (draft.name.trim() === '') errors.name = t('sites.errors.name')
  const url = draft.url.trim()
  if (url === '') errors.url = t('sites.errors.url')
  else if (!isWebAddress(url)) {
    errors.url = t('sites.errors.urlNotWeb')
  }
  const navigation: Record<number, string> = {}
  draft.navigation.forEach((link, index) => {
    const label = link.label.trim()
    const target = link.url.trim()
    if (label === '' && target === '') return
    if (label === '') navigation[index] = t('sites.errors.linkLabel')
    else if (target === '') navigation[index] = t('sites.errors.linkAddress')
    else if (!target.startsWith('/') && !isWebAddress(target)) {
      navigation[index] = t('sites.errors.linkNotWeb')
    }
  })
  if (Object.keys(navigation).length > 0) errors.navigation = navigation
  const target = draft.target ? targetProblem(draft.target) : null
  if (target) errors.target = target
  return errors
}

/** True when {@link validateSiteDraft} found nothing. */
export function hasErrors(errors: SiteDraftErrors): boolean {
  return Object.keys(errors).length > 0
}

function targetProblem(target: PublishTargetConfig): string | null {
  const address = (value: string, problem: string): string | null =>
    value.trim() !== '' && !isWebAddress(value) ? problem : null
  switch (target.kind) {
    case 'git':
      return address(target.repoUrl, t('sites.errors.repoUrl'))
    case 'wordpress':
      return address(target.siteUrl, t('sites.errors.wordpressUrl'))
    case 'ghost':
      return address(target.adminUrl, t('sites.errors.ghostUrl'))
    case 'webhook':
      return address(target.url, t('sites.errors.webhookUrl'))
  }
}

/** The draft as it is saved: names and addresses trimmed, empty navigation rows left out. */
export function cleanSiteDraft(draft: SiteDraft): SiteDraft {
  return {
    ...draft,
    name: draft.name.trim(),
    url: draft.url.trim(),
    navigation: draft.navigation
      .map((link) => ({ label: link.label.trim(), url: link.url.trim() }))
      .filter((link) => link.label !== '' || link.url !== ''),
  }
}
