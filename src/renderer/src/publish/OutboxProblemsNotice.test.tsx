import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { OutboxProblem } from '@shared/publish/OutboxProblem'
import { OutboxProblemsNotice } from './OutboxProblemsNotice'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

let problems: OutboxProblem[] = []
;(window as unknown as { copydesk: unknown }).copydesk = {
  publish: { outboxProblems: async () => ({ ok: true, value: problems }) },
}

let container: HTMLDivElement
let root: Root

beforeEach(() => {
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
})

afterEach(() => {
  act(() => root.unmount())
  container.remove()
})

async function render(): Promise<Element | null> {
  await act(async () => root.render(<OutboxProblemsNotice />))
  return container.querySelector('[data-testid=outbox-problems]')
}

describe('OutboxProblemsNotice', () => {
  it('shows nothing while every job could be read', async () => {
    problems = []
    expect(await render()).toBeNull()
  })

  it('names the damaged job and the one left for a newer version', async () => {
    problems = [
      {
        file: 'a.json',
        kind: 'damaged',
        message: 'This publish job is damaged and was set aside.',
      },
      { file: 'b.json', kind: 'newer', message: 'Saved by a newer version.' },
    ]
    const notice = await render()
    expect(notice?.textContent).toContain('1 publish job was damaged and set aside')
    expect(notice?.textContent).toContain('1 publish job was saved by a newer version')
    expect(notice?.textContent).toContain('a.json')
    expect(notice?.querySelectorAll('li')).toHaveLength(2)
  })
})
