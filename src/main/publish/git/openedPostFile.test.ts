import { describe, expect, test } from 'vitest'
import { GIT_PRESET_LAYOUTS } from '@shared/sites/gitPresets'
import { openedBodyHash } from '../../sitePosts/openedBodyHash'
import type { PostFields } from './frontMatter'
import { openedPostFile } from './openedPostFile'

const layout = GIT_PRESET_LAYOUTS.hugo

const FILE = `---
title: Quay opens
date: 2025-03-04
weight: 3
tags: [harbour]
---

Written **by hand**, with {{< shortcode >}}.
`

function fields(overrides: Partial<PostFields> = {}): PostFields {
  return {
    title: 'Quay opens',
    date: new Date('2025-03-04T00:00:00Z'),
    slug: 'quay',
    categories: [],
    tags: ['harbour'],
    description: '',
    image: null,
    imageAlt: '',
    author: '',
    draft: false,
    aliases: [],
    ...overrides,
  }
}

const read = 'Written **by hand**, with {{< shortcode >}}.'

describe('a post file opened from the site', () => {
  test('unchanged, it is the file byte for byte', () => {
    const text = openedPostFile(
      layout,
      FILE,
      { now: fields(), opened: fields() },
      read,
      openedBodyHash(read),
    )
    expect(text).toBe(FILE)
  })

  test('a new title rewrites that key; unknown keys, their dates and the body stay', () => {
    const now = fields({ title: 'Second quay opens' })
    const text = openedPostFile(layout, FILE, { now, opened: fields() }, read, openedBodyHash(read))
    expect(text).toContain('title: Second quay opens')
    expect(text).toContain('weight: 3')
    expect(text).toContain('date: 2025-03-04\n')
    expect(text?.endsWith('\nWritten **by hand**, with {{< shortcode >}}.\n')).toBe(true)
  })

  test('an edited body replaces the body alone', () => {
    const text = openedPostFile(
      layout,
      FILE,
      { now: fields(), opened: fields() },
      'New words.',
      openedBodyHash(read),
    )
    expect(text).toBe(`${FILE.slice(0, FILE.indexOf('---\n\n') + 4)}\nNew words.\n`)
  })

  test('a file without front matter it can read is left to the ordinary writer', () => {
    const hash = openedBodyHash(read)
    expect(
      openedPostFile(layout, 'Just text.\n', { now: fields(), opened: fields() }, read, hash),
    ).toBeNull()
  })
})
