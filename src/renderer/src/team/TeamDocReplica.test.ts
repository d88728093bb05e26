import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { TeamDocReplica } from './TeamDocReplica'
import { bridgeFailingWith } from './testing/fakeTeamBridge'

function type(replica: TeamDocReplica, text: string): void {
  replica.doc.getText('scratch').insert(0, text)
}

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('TeamDocReplica', () => {
  it('stops retrying a failed push once the article is closed', async () => {
    const { bridge, calls } = bridgeFailingWith('io', 'Main is busy.')
    const replica = await TeamDocReplica.open('an-article', bridge)
    type(replica, 'a')
    await vi.advanceTimersByTimeAsync(10)
    const closing = replica.close()
    await vi.advanceTimersByTimeAsync(2000)
    await closing
    const afterClose = calls.pushes
    await vi.advanceTimersByTimeAsync(10_000)
    expect(calls.pushes).toBe(afterClose)
  })

  it('says the changes are not saved after repeated failures, and saved again once through', async () => {
    const { bridge, calls } = bridgeFailingWith('io', 'Main is busy.')
    const replica = await TeamDocReplica.open('an-article', bridge)
    type(replica, 'a')
    await vi.advanceTimersByTimeAsync(5000)
    expect(replica.problem()).toBe('Not saved: Main is busy. Copydesk keeps trying.')
    calls.failing = false
    await vi.advanceTimersByTimeAsync(1500)
    expect(replica.problem()).toBeNull()
    await replica.close()
  })

  it('gives a change up that main refuses instead of sending it again', async () => {
    const { bridge, calls } = bridgeFailingWith('forbidden', 'A reviewer cannot change the text.')
    const replica = await TeamDocReplica.open('an-article', bridge)
    type(replica, 'a')
    await vi.advanceTimersByTimeAsync(5000)
    expect(calls.pushes).toBe(1)
    expect(replica.problem()).toBe('Not saved: A reviewer cannot change the text.')
    await replica.close()
  })

  it('reports a lost article, keeping its unsent changes, instead of retrying', async () => {
    const { bridge, calls } = bridgeFailingWith('not_found', 'That team article is not open.')
    const replica = await TeamDocReplica.open('an-article', bridge)
    type(replica, 'kept')
    await vi.advanceTimersByTimeAsync(5000)
    expect(calls.pushes).toBe(1)
    expect(replica.lost()).toBe(true)

    calls.failing = false
    const reopened = await TeamDocReplica.open('an-article', bridge, replica.unsent())
    await vi.advanceTimersByTimeAsync(10)
    expect(reopened.doc.getText('scratch').toString()).toBe('kept')
    expect(calls.pushes).toBe(2)
    await reopened.close()
  })

  it('hands what main has not taken to the replica opened after it closes', async () => {
    const { bridge, calls } = bridgeFailingWith('io', 'There is no space left on the disk.')
    const replica = await TeamDocReplica.open('an-article', bridge)
    type(replica, 'typed while saves fail')
    await vi.advanceTimersByTimeAsync(10)
    // The editor remounts while the push is still failing.
    const undelivered = replica.undelivered()
    const closing = replica.close()
    await vi.advanceTimersByTimeAsync(2000)
    await closing

    calls.failing = false
    const reopened = await TeamDocReplica.open('an-article', bridge, undelivered)
    await vi.advanceTimersByTimeAsync(10)
    expect(reopened.doc.getText('scratch').toString()).toBe('typed while saves fail')
    expect(reopened.undelivered()).toEqual([])
    await reopened.close()
  })
})
