/**
 * Words a share bar is made of. A short block whose every word is one of these is page
 * furniture ("Share this article", "Facebook Twitter LinkedIn Email"), not article copy.
 */
const NETWORKS = new Set(
  (
    'facebook twitter x linkedin whatsapp reddit pinterest telegram messenger mastodon bluesky ' +
    'threads tumblr flipboard pocket'
  ).split(' '),
)
const SHARE_WORDS = new Set([
  ...'share shares sharing this article story post page on via copy link print email e-mail mail sms'.split(
    ' ',
  ),
  ...NETWORKS,
])

/** Labels that mark an advertisement slot, alone in their block. */
const AD_LABEL = /^(advertisement|advertising|advert|ad|anzeige|publicité|sponsored( content)?)$/i

/** class or id tokens of share bars and ad slots on news sites. */
const CHROME_TOKEN = /^(share|sharing|social|ad|ads|advert|advertisement)([-_][a-z0-9_-]*)?$/i

const CANDIDATES = 'p, li, ul, ol, div, section, aside, header, footer, h1, h2, h3, h4, h5, h6'

/** The longest text a share bar or ad label runs to; longer blocks are kept whatever they say. */
const MAX_CHROME_LENGTH = 80
/** A block marked as a share bar or ad slot by its class is dropped only up to this length. */
const MAX_MARKED_LENGTH = 300

/** Only share words, and either "share" itself or at least two networks ("Facebook X"). */
function isShareBar(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[\s|·•/,:]+/)
    .map((word) => word.replace(/[.!…]+$/, ''))
    .filter(Boolean)
  if (words.length === 0 || !words.every((word) => SHARE_WORDS.has(word))) return false
  return (
    words.some((word) => word.startsWith('share')) ||
    words.filter((w) => NETWORKS.has(w)).length >= 2
  )
}

function isChrome(element: Element): boolean {
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim()
  const tokens = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
  const marked = tokens.split(/\s+/).some((token) => CHROME_TOKEN.test(token))
  if (marked && text.length <= MAX_MARKED_LENGTH) return true
  if (element.querySelector('img, table, figure')) return false
  if (text === '' || text.length > MAX_CHROME_LENGTH) return false
  return AD_LABEL.test(text) || isShareBar(text)
}

/**
 * Removes what a copy from a news web page brings along besides the article: share bars
 * (their labels and network names) and "Advertisement" labels, by their text or by the
 * class names such pages give them. Runs before classes are stripped.
 */
export function removeWebPageChrome(root: Element): void {
  for (const element of Array.from(root.querySelectorAll(CANDIDATES))) {
    // An element inside one removed before is gone with it.
    if (root.contains(element) && isChrome(element)) element.remove()
  }
}
