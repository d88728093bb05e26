import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PublishJob } from '@shared/publish/Publish'
import { JobView } from './JobView'
import { TextDiff } from './TextDiff'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

let container: HTMLDivElement
let root: Root

const base: PublishJob = {
  id: '6f1c1a52-3d4e-4a51-9b8e-3f0f1f8c2a10',
  articleId: 'abc123def456',
  siteId: 'news-site',
  action: 'publish',
  unpublishMode: null,
  state: 'running',
  attempts: 1,
  nextAttemptAt: null,
  progress: null,
  message: null,
  result: null,
  conflict: null,
  live: null,
  build: null,
  createdAt: '2025-03-01T09:00:00.000Z',
  updatedAt: '2025-03-01T09:00:00.000Z',
}

beforeEach(() => {
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
})

afterEach(() => {
  act(() => root.unmount())
  container.remove()
})

function show(job: PublishJob, resolved: string[] = []): void {
  act(() =>
    root.render(
      <JobView
        job={job}
        siteName="Acme News"
        onRetry={() => resolved.push('retry')}
        onCancel={() => resolved.push('cancel')}
        onResolve={(choice) => resolved.push(choice)}
        onError={() => undefined}
      />,
    ),
  )
}

describe('JobView', () => {
  it('shows the step and how far along it is', () => {
    show({ ...base, progress: { step: 'Uploading image 2 of 5', done: 3, total: 7 } })
    expect(container.textContent).toContain('Uploading image 2 of 5 (3 of 7)')
    expect(container.querySelector('progress')?.value).toBe(3)
  })

  it('shows both versions of a conflict and passes on the choice', () => {
    const resolved: string[] = []
    show(
      { ...base, state: 'conflict', conflict: { ours: 'Our lead', theirs: 'Their lead' } },
      resolved,
    )
    const columns = [...container.querySelectorAll('.ui-publish-conflict pre')].map(
      (e) => e.textContent,
    )
    expect(columns).toEqual(['Our lead', 'Their lead'])
    act(() =>
      container.querySelector<HTMLButtonElement>('[data-testid=publish-overwrite]')?.click(),
    )
    expect(resolved).toEqual(['overwrite'])
  })

  it('says when a waiting job retries and offers Retry now', () => {
    const resolved: string[] = []
    show({ ...base, state: 'waiting', nextAttemptAt: '2025-03-01T09:00:15.000Z' }, resolved)
    expect(container.textContent).toMatch(/Waiting to publish — will retry at \d/)
    act(() => container.querySelector<HTMLButtonElement>('[data-testid=publish-retry]')?.click())
    expect(resolved).toEqual(['retry'])
  })

  it('says with the result when another program wrote the article as the publish was recorded', () => {
    const result = {
      siteId: 'news-site',
      kind: 'webhook' as const,
      state: 'published' as const,
      remoteId: null,
      url: null,
      path: null,
      contentHash: 'abc',
      publishedAt: '2025-03-01T09:00:00.000Z',
      extra: {},
    }
    const notice = 'Another program changed this article meanwhile.'
    show({ ...base, state: 'done', result, message: notice })
    const done = container.querySelector('[data-testid=publish-done]')
    expect(done?.textContent).toContain(notice)
    show({ ...base, state: 'done', result, message: null })
    expect(container.querySelector('[data-testid=publish-done] .ui-hint')).toBeNull()
  })

  it('says when the site shows the post, and what it answered when it does not', () => {
    const result = {
      siteId: 'news-site',
      kind: 'git' as const,
      state: 'published' as const,
      remoteId: null,
      url: 'https://news.example/launch/',
      path: 'content/posts/launch.md',
      contentHash: 'abc',
      publishedAt: '2025-03-01T09:00:00.000Z',
      extra: {},
    }
    const done = { ...base, state: 'done' as const, result }
    const stops: string[] = []
    show(
      {
        ...done,
        live: { state: 'checking', tookMs: 0, lastSeen: 'There is no page at the address yet.' },
      },
      stops,
    )
    const line = (): HTMLElement => container.querySelector('[data-testid="publish-live"]')!
    expect(line().textContent).toContain('Checking that the site shows it')
    expect(line().textContent).toContain('There is no page at the address yet.')
    act(() => line().querySelector('button')!.click())
    expect(stops).toEqual(['cancel'])
    show({ ...done, live: { state: 'live', tookMs: 4_200, lastSeen: null } })
    expect(line().textContent).toBe('Live · took 4 sec')
    show({
      ...done,
      live: {
        state: 'not-live',
        tookMs: 600_000,
        lastSeen: 'There is no page at the address yet.',
      },
    })
    expect(line().textContent).toContain(
      'Not live after 10 min — the site’s build may have failed.',
    )
    expect(line().textContent).toContain('There is no page at the address yet.')
    // A post that is not built by a generator has no build to blame.
    const wordpress = { ...done, result: { ...result, kind: 'wordpress' as const } }
    show({ ...wordpress, live: { state: 'not-live', tookMs: 600_000, lastSeen: null } })
    expect(line().textContent).toBe(
      'Not live after 10 min — the post’s address does not show the new text.',
    )
  })
})

describe('JobView: the build check', () => {
  const result = {
    siteId: 'news-site',
    kind: 'git' as const,
    state: 'published' as const,
    remoteId: null,
    url: 'https://news.example/launch/',
    path: 'content/posts/launch.md',
    contentHash: 'abc',
    publishedAt: '2025-03-01T09:00:00.000Z',
    extra: {},
  }
  const failed = {
    state: 'failed' as const,
    generator: 'Hugo',
    tookMs: 900,
    message: 'ERROR posts/launch.md: a description is required',
    file: 'content/posts/launch.md',
    line: 3,
  }
  const build = (): HTMLElement => container.querySelector('[data-testid="publish-build"]')!

  it('says the site built, and how long it took', () => {
    show({ ...base, state: 'done', result, build: { ...failed, state: 'passed', message: null } })
    expect(build().textContent).toBe('The site built with Hugo · 0.9 sec')
  })

  it('shows a failure that stopped the publish in the generator’s words, with the place', () => {
    show({ ...base, state: 'failed', message: 'The site does not build…', build: failed })
    expect(build().dataset.state).toBe('failed')
    expect(build().textContent).toContain(
      'Hugo could not build the site with this change, so nothing was sent.',
    )
    expect(build().textContent).toContain('content/posts/launch.md, line 3')
    expect(build().querySelector('pre')?.textContent).toBe(failed.message)
  })

  it('says a failure only warned when the post went out, and why a build was not checked', () => {
    show({ ...base, state: 'done', result, build: failed })
    expect(build().textContent).toContain('It was published all the same.')
    const missing = 'Hugo is not installed on this computer.'
    show({
      ...base,
      state: 'done',
      result,
      build: { ...failed, state: 'not-checked', message: missing, file: null, line: null },
    })
    expect(build().textContent).toBe(`Build not checked: ${missing}`)
  })
})

describe('TextDiff', () => {
  it('marks added and removed lines', () => {
    act(() => root.render(<TextDiff before={'title: Old\nbody'} after={'title: New\nbody'} />))
    expect(container.querySelector('.ui-publish-diff-removed')?.textContent).toBe('- title: Old\n')
    expect(container.querySelector('.ui-publish-diff-added')?.textContent).toBe('+ title: New\n')
  })
})
