import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EncryptedFileSecretStore, type SecretCipher } from './EncryptedFileSecretStore'

/** AES-GCM with a fixed key: like safeStorage, a damaged value fails to open. */
function gcmCipher(): SecretCipher {
  const key = randomBytes(32)
  return {
    protection: () => 'os',
    encrypt(plain) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return Buffer.concat([iv, cipher.getAuthTag(), body])
    },
    decrypt(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12))
      decipher.setAuthTag(sealed.subarray(12, 28))
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString()
    },
  }
}

const SECRETS: Record<string, string> = Object.fromEntries(
  Array.from({ length: 8 }, (_, i) => [`site:${i}:token`, `token-${i}-${'x'.repeat(i * 5)}`]),
)

let dir = ''
let file = ''
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-secrets-'))
  file = join(dir, 'secrets.json')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function fill(cipher: SecretCipher): Promise<void> {
  const store = new EncryptedFileSecretStore(file, cipher)
  for (const [key, value] of Object.entries(SECRETS)) await store.set(key, value)
}

async function lostFrom(store: EncryptedFileSecretStore): Promise<string[]> {
  const lost: string[] = []
  for (const [key, value] of Object.entries(SECRETS)) {
    if ((await store.get(key)) !== value) lost.push(key)
  }
  return lost
}

describe('EncryptedFileSecretStore with a damaged file', () => {
  it('keeps every secret, moves the damaged file aside and says so', async () => {
    const cipher = gcmCipher()
    await fill(cipher)
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.slice(0, 40) + '\u0000\u0000' + text.slice(60))
    const store = new EncryptedFileSecretStore(file, cipher)
    expect(await lostFrom(store)).toEqual([])
    expect(store.problems().join(' ')).toContain('damaged')
    expect((await readdir(dir)).some((n) => n.startsWith('secrets.json.damaged-'))).toBe(true)
    await store.set('site:new:token', 'fresh')
    expect(await lostFrom(store)).toEqual([])
    expect(await store.get('site:new:token')).toBe('fresh')
  })

  it('loses no secret over 100 random damages of a few bytes', async () => {
    const cipher = gcmCipher()
    await fill(cipher)
    const good = await readFile(file)
    let lost = 0
    for (let run = 0; run < 100; run++) {
      const damaged = Buffer.from(good)
      const hits = 1 + Math.floor(Math.random() * 5)
      for (let h = 0; h < hits; h++) {
        damaged[Math.floor(Math.random() * damaged.length)] = Math.floor(Math.random() * 256)
      }
      await writeFile(file, run % 10 === 0 ? damaged.subarray(0, damaged.length >> 1) : damaged)
      const store = new EncryptedFileSecretStore(file, cipher)
      lost += (await lostFrom(store)).length
      await store.set('site:0:token', SECRETS['site:0:token'] ?? '')
      lost += (await lostFrom(new EncryptedFileSecretStore(file, cipher))).length
      await writeFile(file, good)
    }
    console.log(`100 damaged secrets files: ${lost} secrets lost`)
    expect(lost).toBe(0)
  }, 60_000)
})
