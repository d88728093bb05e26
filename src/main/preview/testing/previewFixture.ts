import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ArticleMetaSchema, type ArticleMeta, type DocNode } from '@shared/article/Article'
import { LibraryService } from '../../library/LibraryService'
import { CaptureError } from '../capture/captureTheme'
import { MemorySecretStore } from '../../secrets/SecretStore'
import { JsonFileSettingsStore } from '../../settings/JsonFileSettingsStore'
import { SitesService } from '../../sites/SitesService'
import { PreviewService, type PreviewServiceDeps } from '../PreviewService'

export const THEMES = resolve(import.meta.dirname, '../../../../resources/themes')

/** A 1×1 PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

export function meta(overrides: Partial<ArticleMeta> = {}): ArticleMeta {
  return ArticleMetaSchema.parse({
    id: 'harbour-1',
    title: 'Harbour expansion opens',
    slug: 'harbour-expansion-opens',
    category: 'Industry Insights',
    tags: ['ports', 'logistics'],
    publishDate: '2026-11-20T09:00:00.000Z',
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    ...overrides,
  })
}

export const paragraph = (text: string): DocNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
})

export const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content })

/** Real sites, library and preview services over a temporary folder. */
export interface PreviewFixture {
  dir: string
  sites: SitesService
  library: LibraryService
  preview: PreviewService
  close(): Promise<void>
}

export async function previewFixture(
  deps: Partial<PreviewServiceDeps> = {},
): Promise<PreviewFixture> {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-preview-'))
  const sites = new SitesService({
    store: new JsonFileSettingsStore(join(dir, 'settings.json')),
    dataPath: join(dir, 'data'),
    builtinThemesPath: THEMES,
    secrets: new MemorySecretStore(),
    captureTheme: async () => {
      throw new CaptureError('No capture in these tests.')
    },
  })
  const library = await LibraryService.open({ root: join(dir, 'Library') })
  const preview = new PreviewService({
    sites,
    library: () => library,
    now: () => new Date('2026-11-29T10:00:00Z'),
    ...deps,
  })
  return {
    dir,
    sites,
    library,
    preview,
    async close() {
      await library.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
