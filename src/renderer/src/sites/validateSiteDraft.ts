import type { SiteDraft } from '@shared/sites/SiteProfile'
import type { PublishTargetConfig } from '@shared/sites/targets'

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
  if (draft.name.trim() === '') errors.name = 'Give the site a name.'
  const url = draft.url.trim()
  if (url === '') errors.url = 'Enter the address readers use, e.g. https://news.example.com/.'
  else if (!isWebAddress(url)) {
    errors.url = 'Enter a full web address starting with https:// or http://.'
  }
  const navigation: Record<number, string> = {}
  draft.navigation.forEach((link, index) => {
    const label = link.label.trim()
    const target = link.url.trim()
    if (label === '' && target === '') return
    if (label === '') navigation[index] = 'Give this link a label.'
    else if (target === '') navigation[index] = 'Give this link an address.'
    else if (!target.startsWith('/') && !isWebAddress(target)) {
      navigation[index] = 'Use a web address (https://…) or a path on the site (/news).'
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
  const address = (value: string, what: string): string | null =>
    value.trim() !== '' && !isWebAddress(value)
      ? `The ${what} must be a full web address starting with https:// or http://.`
      : null
  switch (target.kind) {
    case 'git':
      return address(target.repoUrl, 'repository address')
    case 'wordpress':
      return address(target.siteUrl, 'WordPress address')
    case 'ghost':
      return address(target.adminUrl, 'Ghost admin address')
    case 'webhook':
      return address(target.url, 'webhook address')
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
