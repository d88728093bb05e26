import { describe, expect, it } from 'vitest'
import { decodeBase64, encodeBase64 } from './base64'

describe('base64', () => {
  it('carries any bytes there and back, large ones too', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256)
    expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes)
    expect(encodeBase64(new Uint8Array([0, 255, 1]))).toBe('AP8B')
  })
})
