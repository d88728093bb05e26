import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ArticleMetaSchema } from '../src/shared/article/Article'
import { CaptureError } from '../src/main/preview/capture/captureTheme'
import { PreviewService } from '../src/main/preview/PreviewService'
import { MemorySecretStore } from '../src/main/secrets/SecretStore'
import { JsonFileSettingsStore } from '../src/main/settings/JsonFileSettingsStore'
import { SitesService } from '../src/main/sites/SitesService'
import type { BenchRow } from './BenchRow'
import { newsDoc } from './newsDoc'
import { percentile } from './percentile'

const WORDS = 5_000
const RUNS = 200

/**
 * The main side of a preview refresh: the shared renderer plus the site's theme (Liquid, page
 * checks, policy) for a 5,000-word article, once the theme is parsed.
 */
export async function runPreviewRenderBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-preview-'))
  try {
    const sites = new SitesService({
      store: new JsonFileSettingsStore(join(dir, 'settings.json')),
      dataPath: dir,
      builtinThemesPath: resolve(import.meta.dirname, '../resources/themes'),
      secrets: new MemorySecretStore(),
      captureTheme: async () => {
        throw new CaptureError('not used')
      },
    })
    const preview = new PreviewService({
      sites,
      library: () => {
        throw new Error('the bench renders without a library')
      },
    })
    const site = await sites.create({
      name: 'Harbour Group',
      url: 'https://harbour.example.com/',
      categories: [],
      navigation: [{ label: 'News', url: '/news/' }],
      theme: { kind: 'builtin', id: 'newsroom' },
      target: null,
    })
    const meta = ArticleMetaSchema.parse({
      id: 'bench-article',
      title: 'Regional offices move to a shared campus',
      slug: 'regional-offices',
      category: 'Industry Insights',
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
    })
    const doc = newsDoc(WORDS)
    await preview.render({ siteId: site.id, meta, doc })
    const samples: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now()
      const result = await preview.render({ siteId: site.id, meta, doc })
      samples.push(performance.now() - started)
      if (result.error) throw new Error(result.error.message)
    }
    const p95 = percentile(samples, 95)
    return [
      {
        name: `preview render (main side), ${WORDS} words, p50`,
        value: percentile(samples, 50),
        unit: 'ms',
      },
      {
        name: `preview render (main side), ${WORDS} words, p95`,
        value: p95,
        unit: 'ms',
        target: '< 50 ms',
        pass: p95 < 50,
      },
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
