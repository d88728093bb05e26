import { describe, expect, it } from 'vitest'
import { PRIVATE_TARGETS } from '../../../tests/fixtures/hostile'
import { isLocalHostname, isPrivateAddress } from './isPrivateAddress'

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '0.0.0.0',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.100.100.200',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'febf::1',
    'fc00::1',
    'fd00:ec2::254',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe',
    '64:ff9b::10.0.0.1',
    '[::1]',
    'fe80::1%eth0',
    'not-an-ip',
  ])('refuses %s', (address) => {
    expect(isPrivateAddress(address)).toBe(true)
  })

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:2800:220:1::1', '::ffff:8.8.8.8'])(
    'allows %s',
    (address) => {
      expect(isPrivateAddress(address)).toBe(false)
    },
  )

  it('classifies every private target of the hostile corpus, as the URL parser reads its host', () => {
    for (const target of PRIVATE_TARGETS) {
      const host = new URL(target).hostname.replace(/^\[|\]$/g, '')
      expect(isLocalHostname(host) || isPrivateAddress(host), target).toBe(true)
    }
  })
})

describe('isLocalHostname', () => {
  it('knows localhost names', () => {
    expect(
      ['localhost', 'LOCALHOST.', 'printer.localhost', 'example.com'].map(isLocalHostname),
    ).toEqual([true, true, true, false])
  })
})
