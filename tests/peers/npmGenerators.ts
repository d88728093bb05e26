import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Versions that build on Node 20 here (Astro 6 needs Node 22). */
const GENERATORS = {
  astro: { spec: 'astro@5.18.2', bin: ['node_modules', 'astro', 'astro.js'] },
  eleventy: { spec: '@11ty/eleventy@3.1.8', bin: ['node_modules', '@11ty', 'eleventy', 'cmd.cjs'] },
} as const

export type NpmGenerator = keyof typeof GENERATORS

/** Where peers installed from the npm registry live, outside the repository. */
export function peerCacheRoot(): string {
  return (
    process.env.COPYDESK_PEER_CACHE ??
    join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'copydesk-peers')
  )
}

function installDir(generator: NpmGenerator): string {
  return join(peerCacheRoot(), GENERATORS[generator].spec.replace(/[@/]/g, '-').replace(/^-/, ''))
}

/**
 * Installs a generator from the npm registry into the cache on first use (Astro about a
 * minute and a half, Eleventy half a minute); later runs work offline. Returns its folder.
 */
export async function ensureNpmGenerator(generator: NpmGenerator): Promise<string> {
  const dir = installDir(generator)
  if (existsSync(join(dir, '.installed'))) return dir
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'package.json'), '{ "name": "copydesk-peer", "private": true }\n')
  await run('npm', ['install', '--no-audit', '--no-fund', GENERATORS[generator].spec], {
    cwd: dir,
    maxBuffer: 16 * 1024 * 1024,
    timeout: 10 * 60_000,
  })
  await writeFile(join(dir, '.installed'), new Date().toISOString())
  return dir
}

/**
 * Builds a checkout with the cached generator (its node_modules linked in, as a site's own
 * install would be); returns the folder of the built site. A failed build throws with the
 * generator's own output, which names the file and the field.
 */
export async function buildWithNpm(generator: NpmGenerator, source: string): Promise<string> {
  const dir = await ensureNpmGenerator(generator)
  const modules = join(source, 'node_modules')
  if (!existsSync(modules)) await symlink(join(dir, 'node_modules'), modules, 'dir')
  const out = await mkdtemp(join(tmpdir(), `copydesk-${generator}-out-`))
  const bin = join(dir, ...GENERATORS[generator].bin)
  const args =
    generator === 'astro'
      ? [bin, 'build', '--root', source, '--outDir', out, '--silent']
      : [bin, `--input=src`, `--output=${out}`, '--quiet']
  try {
    await run(process.execPath, args, {
      cwd: source,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      maxBuffer: 16 * 1024 * 1024,
      timeout: 3 * 60_000,
    })
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
    throw new Error(`${generator} build failed:\n${stdout}\n${stderr}`)
  }
  return out
}

/**
 * A site made from Astro's official blog template: its content collection schema (title and
 * description required, `pubDate`, `heroImage` as an image next to the post) with `author` and
 * `image_alt` added as a site showing them would, and a post page rendering the entry.
 */
export const ASTRO_SITE: Record<string, string> = {
  'package.json': '{ "name": "harbour-news", "private": true, "type": "module" }\n',
  'astro.config.mjs': [
    "import { defineConfig } from 'astro/config'",
    "export default defineConfig({ site: 'https://news.example.com' })",
    '',
  ].join('\n'),
  'src/content.config.ts': [
    "import { defineCollection, z } from 'astro:content'",
    "import { glob } from 'astro/loaders'",
    '',
    'const posts = defineCollection({',
    "  loader: glob({ base: './src/content/posts', pattern: '**/*.{md,mdx}' }),",
    '  schema: ({ image }) =>',
    '    z.object({',
    '      title: z.string(),',
    '      description: z.string(),',
    '      pubDate: z.coerce.date(),',
    '      updatedDate: z.coerce.date().optional(),',
    '      heroImage: image().optional(),',
    '      author: z.string().optional(),',
    '      image_alt: z.string().optional(),',
    '    }),',
    '})',
    '',
    'export const collections = { posts }',
    '',
  ].join('\n'),
  'src/pages/posts/[...slug].astro': [
    '---',
    "import { Image } from 'astro:assets'",
    "import { getCollection, render } from 'astro:content'",
    '',
    'export async function getStaticPaths() {',
    "  const posts = await getCollection('posts')",
    '  return posts.map((post) => ({ params: { slug: post.id }, props: post }))',
    '}',
    'const post = Astro.props',
    'const { Content } = await render(post)',
    '---',
    '<html><head><title>{post.data.title}</title></head><body>',
    '<h1 class="title">{post.data.title}</h1>',
    '{post.data.heroImage && <Image class="cover" src={post.data.heroImage} alt={post.data.image_alt ?? \'\'} />}',
    '{post.data.author && <p class="author">{post.data.author}</p>}',
    '<article><Content /></article>',
    '</body></html>',
    '',
  ].join('\n'),
  'src/content/posts/older-news/index.md':
    '---\ntitle: Older news\ndescription: From last year.\npubDate: 2025-01-01\n---\n\nHello.\n',
}

/** A minimal Eleventy site: posts under src/posts with a layout, images copied through. */
export const ELEVENTY_SITE: Record<string, string> = {
  'eleventy.config.mjs': [
    'export default function (config) {',
    "  config.addPassthroughCopy({ 'src/images': 'images' })",
    "  return { dir: { input: 'src' } }",
    '}',
    '',
  ].join('\n'),
  'src/posts/posts.json': '{ "layout": "post.njk" }\n',
  'src/_includes/post.njk': [
    '<!doctype html><html><head><title>{{ title }}</title></head><body>',
    '<h1 class="title">{{ title }}</h1>',
    '{% if image %}<img class="cover" src="{{ image }}" alt="{{ image_alt }}">{% endif %}',
    '{% if author %}<p class="author">{{ author }}</p>{% endif %}',
    '<article>{{ content | safe }}</article>',
    '<ul class="tags">{% for t in tags %}<li>{{ t }}</li>{% endfor %}</ul>',
    '</body></html>',
    '',
  ].join('\n'),
  'src/index.njk':
    '<ul>{% for p in collections.all %}<li>{{ p.data.title }}</li>{% endfor %}</ul>\n',
}
