import { BlockList, isIP } from 'node:net'

/**
 * Addresses the main side never connects to on a document's behalf: this computer, the local
 * network and the cloud metadata services on it. A page, stylesheet or image naming one of these
 * is either a mistake or an attempt to read something the person never meant to share.
 */
const PRIVATE = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"; 0.0.0.0 reaches the local machine
  ['10.0.0.0', 8], // RFC 1918
  ['100.64.0.0', 10], // carrier-grade NAT; cloud metadata lives here too (100.100.100.200)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12], // RFC 1918
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // RFC 1918
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and broadcast
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4')
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated, still routed by some networks)
  ['ff00::', 8], // multicast
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6')
}

/** The IPv4 address inside an IPv4-mapped (`::ffff:a.b.c.d`) or NAT64 (`64:ff9b::`) address. */
function embeddedIpv4(address: string): string | null {
  const match =
    /^(?:::ffff:|64:ff9b::)(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/i.exec(address)
  if (!match) return null
  if (match[1]) return match[1]
  const high = Number.parseInt(match[2] ?? '0', 16)
  const low = Number.parseInt(match[3] ?? '0', 16)
  return [high >> 8, high & 255, low >> 8, low & 255].join('.')
}

/**
 * Whether an IP address (v4 or v6, without brackets) is loopback, link-local, private,
 * unique-local or otherwise not a public internet address. Anything that is not an IP address
 * counts as private: the caller must resolve names first.
 */
export function isPrivateAddress(address: string): boolean {
  const plain = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '')
  const version = isIP(plain)
  if (version === 4) return PRIVATE.check(plain, 'ipv4')
  if (version !== 6) return true
  const inner = embeddedIpv4(plain.toLowerCase())
  if (inner !== null) return PRIVATE.check(inner, 'ipv4')
  return PRIVATE.check(plain, 'ipv6')
}

/** Host names that mean this computer whatever DNS says: `localhost` and `*.localhost`. */
export function isLocalHostname(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '')
  return name === 'localhost' || name.endsWith('.localhost')
}
