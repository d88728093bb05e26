import { readFrontMatter } from '@shared/transfer/readFrontMatter'
import { openedBodyHash } from '../../sitePosts/openedBodyHash'
import { frontMatterData, serialize, type Layout, type PostFields } from './frontMatter'

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * A post file opened from the site, with only what the article changed since: the keys whose
 * value Copydesk would now write differently from what it read (every other key, known to
 * Copydesk or not, stays as it was), and the body only when it renders differently. Unchanged,
 * it is the file byte for byte. Null when the file has no front matter Copydesk can read.
 */
export function openedPostFile(
  layout: Layout,
  current: string,
  fields: { now: PostFields; opened: PostFields },
  markdown: string,
  openedHash: string,
): string | null {
  const front = readFrontMatter(current)
  if (front === null) return null
  const now = frontMatterData(layout, fields.now)
  const before = frontMatterData(layout, fields.opened)
  const changed = [...new Set([...Object.keys(now), ...Object.keys(before)])].filter(
    (key) => key !== layout.aliasKey && !same(now[key], before[key]),
  )
  let head = current.slice(0, current.length - front.body.length)
  if (changed.length > 0) {
    const data = { ...front.data }
    for (const key of changed) {
      if (now[key] === undefined) delete data[key]
      else data[key] = now[key]
    }
    head = serialize(front.format, data)
  }
  const body = openedBodyHash(markdown) === openedHash ? front.body : `\n${markdown.trim()}\n`
  return head + body
}
