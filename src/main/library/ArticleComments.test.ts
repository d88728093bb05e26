import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { ArticleFile, DocNode } from '@shared/article/Article'
import { docText } from '@shared/article/docText'
import { t } from '@shared/i18n/i18n'
import { LibraryService } from './LibraryService'

let root: string
let library: LibraryService

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-comment-notice-'))
  library = await LibraryService.open({ root })
})

afterEach(async () => {
  await library.close()
  await rm(root, { recursive: true, force: true })
})

const laptop: DocNode = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Written on the laptop.' }] }],
}

/** A sync tool puts the other computer's version of the article in place, as tools do: a rename. */
async function otherComputerSaves(id: string): Promise<void> {
  const path = join(root, 'articles', id, 'article.json')
  const file = JSON.parse(await readFile(path, 'utf8')) as ArticleFile
  await writeFile(`${path}.sync`, JSON.stringify({ ...file, doc: laptop }))
  await rename(`${path}.sync`, path)
}

it('tells the person when a comment was added to a version another program wrote', async () => {
  const { meta } = await library.create({ title: 'Harbour' })
  await library.get(meta.id)
  await otherComputerSaves(meta.id)

  const answer = await library.commentsApply(
    meta.id,
    { type: 'add', id: 'c1', quote: 'laptop', body: 'Source?' },
    'Ana',
  )

  expect(answer.notice).toBe(t('commentNotice.reapplied'))
  expect(answer.notice).toContain('Your comment was added to that version')
  expect(answer.comments.map((c) => c.body)).toEqual(['Source?'])
  expect(docText((await library.get(meta.id)).doc)).toContain('Written on the laptop.')
})

it('says nothing when no other program wrote the article', async () => {
  const { meta } = await library.create({ title: 'Harbour' })
  await library.get(meta.id)

  const answer = await library.commentsApply(
    meta.id,
    { type: 'add', id: 'c1', quote: 'x', body: 'Fine' },
    'Ana',
  )

  expect(answer).toEqual({ comments: [expect.objectContaining({ body: 'Fine' })] })
})
