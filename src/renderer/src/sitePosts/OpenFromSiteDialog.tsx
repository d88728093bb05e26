import { useEffect, useRef, useState, type JSX, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { OpenedSitePost, SitePostType } from '@shared/ipc/channels/sitePosts'
import { hasPages, isBrowsable } from '@shared/sites/browsableKinds'
import type { SiteProfile } from '@shared/sites/SiteProfile'
import { messageOf } from '../api/messageOf'
import { useBridgeQuery } from '../api/useBridgeQuery'
import { useDebouncedValue } from '../library/useDebouncedValue'
import { Modal } from '../ui/Modal'
import { openSitePost } from './openSitePost'
import { SitePostRow } from './SitePostRow'

/** Props of {@link OpenFromSiteDialog}. */
export interface OpenFromSiteDialogProps {
  sites: readonly SiteProfile[]
  onOpened(opened: OpenedSitePost, site: SiteProfile): void
  onClose(): void
}

/**
 * Browse a connected site's posts (and a WordPress or Ghost site's pages), search them, and open one as
 * an article linked to it. Arrow keys move through the list, Enter opens.
 */
export function OpenFromSiteDialog(props: OpenFromSiteDialogProps): JSX.Element {
  const { t } = useTranslation()
  const sites = props.sites.filter((site) => site.target && isBrowsable(site.target.kind))
  const [siteId, setSiteId] = useState(sites[0]?.id ?? '')
  const [type, setType] = useState<SitePostType>('post')
  const [search, setSearch] = useState('')
  const [page, setPage] = useState(1)
  const [opening, setOpening] = useState<string | null>(null)
  const [openError, setOpenError] = useState<string | null>(null)
  const list = useRef<HTMLUListElement>(null)
  const searchBox = useRef<HTMLInputElement>(null)
  // Typing finds a post at once (the dialog would otherwise start on the site picker).
  useEffect(() => searchBox.current?.focus(), [])
  const site = sites.find((s) => s.id === siteId) ?? null
  const withPages = site?.target ? hasPages(site.target.kind) : false
  const postType = withPages ? type : 'post'
  const words = useDebouncedValue(search.trim(), 300)
  const posts = useBridgeQuery(
    ['site-posts', siteId, postType, words, page],
    (api) => api.sitePosts.list({ siteId, type: postType, search: words, page }),
    { enabled: site !== null, fallback: t('screens.sitePosts.readFailed') },
  )

  const rows = (): HTMLButtonElement[] => [
    ...(list.current?.querySelectorAll<HTMLButtonElement>('.ui-site-posts-row') ?? []),
  ]
  const onRowKey = (event: KeyboardEvent<HTMLButtonElement>): void => {
    const all = rows()
    const at = all.indexOf(event.currentTarget)
    const next =
      event.key === 'ArrowDown'
        ? all[at + 1]
        : event.key === 'ArrowUp'
          ? (all[at - 1] ?? document.getElementById('site-posts-search'))
          : event.key === 'Home'
            ? all[0]
            : event.key === 'End'
              ? all[all.length - 1]
              : undefined
    if (next) {
      event.preventDefault()
      next.focus()
    }
  }

  const open = async (postId: string): Promise<void> => {
    if (!site || opening) return
    setOpening(postId)
    setOpenError(null)
    try {
      props.onOpened(await openSitePost({ siteId, type: postType, postId }), site)
    } catch (error) {
      setOpenError(messageOf(error, t('screens.sitePosts.openFailed')))
      setOpening(null)
    }
  }

  const changeQuery = (change: () => void): void => {
    change()
    setPage(1)
  }

  const items = posts.loading ? null : (posts.data?.items ?? null)
  return (
    <Modal
      title={t('screens.sitePosts.title')}
      onClose={props.onClose}
      testId="open-from-site"
      className="ui-site-posts-dialog"
      footer={
        <button type="button" className="ui-button" onClick={props.onClose}>
          {t('common.cancel')}
        </button>
      }
    >
      {sites.length === 0 ? (
        <p className="ui-site-posts-state" data-testid="site-posts-no-sites">
          {t('screens.sitePosts.noSites')}
        </p>
      ) : (
        <>
          <div className="ui-site-posts-query">
            <label className="ui-site-posts-field">
              <span>{t('screens.sitePosts.site')}</span>
              <select
                value={siteId}
                onChange={(e) => changeQuery(() => setSiteId(e.target.value))}
                data-testid="site-posts-site"
              >
                {sites.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
            {withPages && (
              <label className="ui-site-posts-field">
                <span>{t('screens.sitePosts.show')}</span>
                <select
                  value={type}
                  onChange={(e) => changeQuery(() => setType(e.target.value as SitePostType))}
                  data-testid="site-posts-type"
                >
                  <option value="post">{t('screens.sitePosts.posts')}</option>
                  <option value="page">{t('screens.sitePosts.pages')}</option>
                </select>
              </label>
            )}
            <label className="ui-site-posts-field ui-site-posts-search">
              <span>{t('screens.sitePosts.search')}</span>
              <input
                id="site-posts-search"
                ref={searchBox}
                type="search"
                value={search}
                placeholder={t('screens.sitePosts.searchPlaceholder')}
                onChange={(e) => changeQuery(() => setSearch(e.target.value))}
                onKeyDown={(e) => {
                  if (e.key !== 'ArrowDown') return
                  e.preventDefault()
                  rows()[0]?.focus()
                }}
                data-testid="site-posts-search"
              />
            </label>
          </div>
          {openError && (
            <p className="ui-site-posts-error" role="alert" data-testid="site-posts-open-error">
              {openError}
            </p>
          )}
          <div className="ui-site-posts-results" aria-busy={posts.loading}>
            {posts.loading && (
              <p className="ui-site-posts-state" role="status" data-testid="site-posts-loading">
                {t('screens.sitePosts.reading', { site: site?.name })}
              </p>
            )}
            {!posts.loading && posts.error && (
              <div className="ui-site-posts-state" role="alert" data-testid="site-posts-error">
                <p>{posts.error}</p>
                <button type="button" className="ui-button" onClick={posts.reload}>
                  {t('screens.sitePosts.tryAgain')}
                </button>
              </div>
            )}
            {items && items.length === 0 && !posts.error && (
              <p className="ui-site-posts-state" data-testid="site-posts-empty">
                {words
                  ? t(
                      postType === 'page'
                        ? 'screens.sitePosts.noPageMatches'
                        : 'screens.sitePosts.noPostMatches',
                      { site: site?.name, words },
                    )
                  : t(
                      postType === 'page'
                        ? 'screens.sitePosts.noPages'
                        : 'screens.sitePosts.noPosts',
                      {
                        site: site?.name,
                      },
                    )}
              </p>
            )}
            {items && items.length > 0 && !posts.error && (
              <ul
                className="ui-site-posts-list"
                ref={list}
                aria-label={t(
                  postType === 'page' ? 'screens.sitePosts.pagesOf' : 'screens.sitePosts.postsOf',
                  { site: site?.name },
                )}
              >
                {items.map((post) => (
                  <SitePostRow
                    key={post.id}
                    post={post}
                    disabled={opening !== null}
                    onOpen={() => void open(post.id)}
                    onKeyDown={onRowKey}
                  />
                ))}
              </ul>
            )}
          </div>
          <div className="ui-site-posts-pages">
            <button
              type="button"
              className="ui-button"
              disabled={page === 1 || posts.loading}
              onClick={() => setPage((p) => p - 1)}
            >
              {t('screens.sitePosts.newer')}
            </button>
            <span className="ui-site-posts-page" aria-live="polite">
              {opening ? t('screens.sitePosts.opening') : t('screens.sitePosts.page', { page })}
            </span>
            <button
              type="button"
              className="ui-button"
              disabled={!posts.data?.hasMore || posts.loading}
              onClick={() => setPage((p) => p + 1)}
              data-testid="site-posts-older"
            >
              {t('screens.sitePosts.older')}
            </button>
          </div>
        </>
      )}
    </Modal>
  )
}
