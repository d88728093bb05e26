import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { TeamDocReplica } from './TeamDocReplica'
import { UndeliveredChanges } from './UndeliveredChanges'
import { bridgeFailingWith } from './testing/fakeTeamBridge'

const ID = 'an-article'

/** An editor's replica into which `text` was typed while main took no push. */
async function closedWhileFailing(fake: ReturnType<typeof bridgeFailingWith>, text: string) {
  const replica = await TeamDocReplica.open(ID, fake.bridge)
  replica.doc.getText('scratch').insert(0, text)
  await vi.advanceTimersByTimeAsync(10)
  return replica
}

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('UndeliveredChanges', () => {
  it('sends what a closed editor left once main takes it, without the article being opened again', async () => {
    const fake = bridgeFailingWith('io', 'There is no space left on the disk.')
    const carrier = new UndeliveredChanges(() => fake.bridge)
    const replica = await closedWhileFailing(fake, 'typed while the disk was full')
    carrier.keep(ID, replica, [], replica.close())
    await vi.advanceTimersByTimeAsync(5000)
    expect(fake.main.getText('scratch').toString()).toBe('')

    fake.calls.failing = false
    await vi.advanceTimersByTimeAsync(30_000)
    expect(fake.main.getText('scratch').toString()).toBe('typed while the disk was full')
    // Delivered: nothing left for the next editor, and no more tries.
    expect(carrier.take(ID)).toEqual([])
    const pushes = fake.calls.pushes
    await vi.advanceTimersByTimeAsync(60_000)
    expect(fake.calls.pushes).toBe(pushes)
  })

  it('tries less often while main keeps failing', async () => {
    const fake = bridgeFailingWith('io', 'Main is busy.')
    const carrier = new UndeliveredChanges(() => fake.bridge)
    const replica = await closedWhileFailing(fake, 'kept')
    carrier.keep(ID, replica, [], replica.close())
    await vi.advanceTimersByTimeAsync(10)
    const opensAtClose = fake.calls.opens
    await vi.advanceTimersByTimeAsync(60_000)
    const inFirstMinute = fake.calls.opens - opensAtClose
    await vi.advanceTimersByTimeAsync(60_000)
    const inSecondMinute = fake.calls.opens - opensAtClose - inFirstMinute
    expect(inFirstMinute).toBeGreaterThanOrEqual(4)
    expect(inSecondMinute).toBeLessThanOrEqual(2)
  })

  it('hands the changes to the article’s next editor, which sends them instead', async () => {
    const fake = bridgeFailingWith('io', 'Main is busy.')
    const carrier = new UndeliveredChanges(() => fake.bridge)
    const replica = await closedWhileFailing(fake, 'carried over')
    carrier.keep(ID, replica, [], replica.close())
    // The editor remounts at once: the new replica starts with the changes.
    const reopened = await TeamDocReplica.open(ID, fake.bridge, carrier.take(ID))
    expect(reopened.doc.getText('scratch').toString()).toBe('carried over')
    const opens = fake.calls.opens
    await vi.advanceTimersByTimeAsync(60_000)
    expect(fake.calls.opens).toBe(opens)

    fake.calls.failing = false
    await vi.advanceTimersByTimeAsync(2000)
    expect(fake.main.getText('scratch').toString()).toBe('carried over')
    await reopened.close()
  })

  it('keeps what an editor was to start with when its replica never opened', async () => {
    const fake = bridgeFailingWith('io', 'Main is busy.')
    const carrier = new UndeliveredChanges(() => fake.bridge)
    const replica = await closedWhileFailing(fake, 'not lost')
    const carried = replica.undelivered()
    await Promise.all([replica.close(), vi.advanceTimersByTimeAsync(2000)])
    carrier.keep(ID, null, carried, Promise.resolve())
    fake.calls.failing = false
    await vi.advanceTimersByTimeAsync(5000)
    expect(fake.main.getText('scratch').toString()).toBe('not lost')
  })
})
