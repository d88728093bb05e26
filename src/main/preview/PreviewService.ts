import { writeFile } from 'node:fs/promises'
import type { ArticleMeta, DocNode } from '@shared/article/Article'
import type { PreviewResult } from '@shared/ipc/channels/preview'
import { t } from '@shared/i18n/i18n'
import { renderHtml, type RenderOptions } from '@shared/render'
import { PREVIEW_BODY_END, PREVIEW_BODY_START, previewImageUrl } from '@shared/render/previewBody'
import { AppError } from '../errors/AppError'
import type { LibraryService } from '../library/LibraryService'
import { BUILTIN_THEME_PREFIX } from '../serving/resolveAppRequest'
import type { SitesService } from '../sites/SitesService'
import { buildReviewCopy } from './export/buildReviewCopy'
import type { ThemeLocation } from './ThemeLocation'
import { PREVIEW_POLICY } from './theme/previewPolicy'
import { renderThemedPage } from './theme/renderThemedPage'
import { ThemeEngine } from './theme/ThemeEngine'
import { templateExcerpt } from './theme/templateExcerpt'
import { themeErrorPage } from './theme/themeErrorPage'
import { themeVariablesFor, type ThemeSite } from './theme/themeVariablesFor'
import { withPrintStyles } from './export/withPrintStyles'

export interface PreviewServiceDeps {
  sites: SitesService
  library: () => LibraryService
  /** The shared renderer; replaceable so tests can feed it hostile output. */
  renderBody?: (doc: DocNode, options: RenderOptions) => string
  engine?: ThemeEngine
  /** Asks where to save an export; null when the person cancels. */
  chooseSavePath?: (suggestedName: string) => Promise<string | null>
  printToPdf?: (html: string) => Promise<Uint8Array>
  now?: () => Date
}

/** What the preview shows when the article has no site (or its site was removed). */
const GENERIC_SITE: ThemeSite = { name: 'Newsroom', url: '', navigation: [] }

/**
 * The layout preview: the article in its site's theme as one inert HTML document (no script,
 * its own CSP), and the review exports (a self-contained HTML file, a PDF).
 */
export class PreviewService {
  private readonly engine: ThemeEngine
  private readonly renderBody: (doc: DocNode, options: RenderOptions) => string
  private readonly now: () => Date

  constructor(private readonly deps: PreviewServiceDeps) {
    this.engine = deps.engine ?? new ThemeEngine()
    this.renderBody = deps.renderBody ?? renderHtml
    this.now = deps.now ?? (() => new Date())
  }

  /** The preview page; a broken template gives a page that says what and where, never a blank. */
  async render(input: {
    siteId: string | null
    meta: ArticleMeta
    doc: DocNode
  }): Promise<PreviewResult> {
    const theme = await this.locate(input.siteId)
    const imageUrl = (src: string): string | null => previewImageUrl(input.meta.id, src)
    let body: string
    try {
      body = this.renderBody(input.doc, { imageUrl })
    } catch (error) {
      console.error('Rendering the article failed', error)
      const failure = { message: t('previewMain.notRendered'), line: null, file: null }
      return { html: themeErrorPage(failure, PREVIEW_POLICY), error: failure }
    }
    const { content: _content, ...variables } = themeVariablesFor({
      meta: input.meta,
      doc: input.doc,
      site: theme.site,
      content: '',
      themeUrl: theme.url,
      imageUrl,
      now: this.now(),
    })
    // Marked so the window can swap in a new body while the writer types.
    const marked = `${PREVIEW_BODY_START}${body}${PREVIEW_BODY_END}`
    const page = await renderThemedPage(this.engine, theme.dir, variables, marked, PREVIEW_POLICY)
    if (!page.ok) {
      const excerpt = await templateExcerpt(theme.dir, page.error)
      return { html: themeErrorPage(page.error, PREVIEW_POLICY, excerpt), error: page.error }
    }
    return { html: page.finish(), error: null }
  }

  /** The saved article as one self-contained HTML document for reviewers. */
  async reviewCopyHtml(input: { articleId: string; siteId: string | null }): Promise<string> {
    const article = await this.deps.library().get(input.articleId)
    return buildReviewCopy({
      meta: article.meta,
      doc: article.doc,
      theme: await this.locate(input.siteId),
      engine: this.engine,
      renderBody: this.renderBody,
      sources: {
        assetFile: (id, name) => this.deps.library().assetFile(id, name),
        themeDir: (owner) => this.deps.sites.servedThemeDir(owner),
      },
      now: this.now(),
    })
  }

  /** Saves a review copy where the person chooses; null when they cancel. */
  async exportReviewCopy(input: {
    articleId: string
    siteId: string | null
  }): Promise<{ path: string } | null> {
    const article = await this.deps.library().get(input.articleId)
    const path = await this.chooseSavePath(`${fileStem(article.meta)}-review.html`)
    if (path === null) return null
    const html = await this.reviewCopyHtml(input)
    await this.write(path, html)
    return { path }
  }

  /** Prints the review copy to PDF and saves it where the person chooses. */
  async exportPdf(input: {
    articleId: string
    siteId: string | null
  }): Promise<{ path: string } | null> {
    const print = this.deps.printToPdf
    if (!print) throw new AppError('refused', t('previewMain.noPdf'))
    const article = await this.deps.library().get(input.articleId)
    const path = await this.chooseSavePath(`${fileStem(article.meta)}.pdf`)
    if (path === null) return null
    const html = await this.reviewCopyHtml(input)
    let pdf: Uint8Array
    try {
      pdf = await print(withPrintStyles(html))
    } catch (error) {
      throw new AppError('io', t('previewMain.pdfFailed'), { cause: error })
    }
    await this.write(path, pdf)
    return { path }
  }

  private async locate(siteId: string | null): Promise<ThemeLocation> {
    const site = siteId === null ? null : this.deps.sites.find(siteId)
    if (!site) {
      const dir = this.deps.sites.servedThemeDir({ builtin: 'newsroom' }) ?? ''
      return { dir, url: `/themes/${BUILTIN_THEME_PREFIX}/newsroom`, site: GENERIC_SITE }
    }
    return {
      dir: await this.deps.sites.themeDir(site.id),
      url: `/themes/${site.id}`,
      site: { name: site.name, url: site.url, navigation: site.navigation },
    }
  }

  private async chooseSavePath(suggestedName: string): Promise<string | null> {
    if (!this.deps.chooseSavePath) {
      throw new AppError('refused', t('previewMain.noSaving'))
    }
    return this.deps.chooseSavePath(suggestedName)
  }

  private async write(path: string, data: string | Uint8Array): Promise<void> {
    try {
      await writeFile(path, data)
    } catch (error) {
      throw new AppError('io', t('previewMain.notSaved'), { cause: error })
    }
  }
}

/** A safe file name from the slug, e.g. `harbour-expansion`. */
function fileStem(meta: ArticleMeta): string {
  const stem = meta.slug
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return stem || 'article'
}
