import { describe, expect, it } from 'vitest'
import { channelName } from '@shared/ipc/contract'
import { IpcActivity } from './IpcActivity'

const never = new Promise<never>(() => undefined)

async function timeToSettle(activity: IpcActivity): Promise<number> {
  const started = Date.now()
  await activity.settled(100, 2000)
  return Date.now() - started
}

describe('IpcActivity', () => {
  it('waits for a save still running', async () => {
    const activity = new IpcActivity()
    let finish: () => void = () => undefined
    void activity.track(
      channelName('articles', 'save'),
      () => new Promise<void>((r) => (finish = r)),
    )
    setTimeout(() => finish(), 300)
    expect(await timeToSettle(activity)).toBeGreaterThanOrEqual(350)
  })

  it('does not wait for a team article’s long poll, which is nearly always running', async () => {
    const activity = new IpcActivity()
    void activity.track(channelName('team', 'pull'), () => never)
    expect(await timeToSettle(activity)).toBeLessThan(500)
  })
})
