import { describe, expect, it } from 'vitest'
import { KeyedMutex } from './KeyedMutex'

const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

describe('KeyedMutex', () => {
  it('runs tasks for one key one at a time, in order', async () => {
    const mutex = new KeyedMutex()
    const log: string[] = []
    const task = (name: string) => async () => {
      log.push(`${name} start`)
      await tick()
      log.push(`${name} end`)
    }
    await Promise.all([
      mutex.run('a', task('1')),
      mutex.run('a', task('2')),
      mutex.run('a', task('3')),
    ])
    expect(log).toEqual(['1 start', '1 end', '2 start', '2 end', '3 start', '3 end'])
  })

  it('lets different keys run side by side', async () => {
    const mutex = new KeyedMutex()
    const log: string[] = []
    const task = (name: string) => async () => {
      log.push(`${name} start`)
      await tick()
      log.push(`${name} end`)
    }
    await Promise.all([mutex.run('a', task('a')), mutex.run('b', task('b'))])
    expect(log.slice(0, 2)).toEqual(['a start', 'b start'])
  })

  it('keeps going after a task fails', async () => {
    const mutex = new KeyedMutex()
    const failing = mutex.run('a', async () => {
      throw new Error('boom')
    })
    const next = mutex.run('a', async () => 'ran')
    await expect(failing).rejects.toThrow('boom')
    await expect(next).resolves.toBe('ran')
  })

  it('reports idle once every queued task settled', async () => {
    const mutex = new KeyedMutex()
    let done = false
    void mutex.run('a', async () => {
      await tick()
      done = true
    })
    await mutex.idle()
    expect(done).toBe(true)
  })
})
