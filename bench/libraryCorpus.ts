import type { DocNode } from '../src/shared/article/Article'

/** A small seeded PRNG (mulberry32) so every bench run writes the same library. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const COMPANIES = (
  'Northwind Harbour Meridian Solvay Atlas Brightline Corvid Halden Lumen Orbis Pinecrest ' +
  'Quayside Redfern Stellar Tidewater Umbra Vantage Westbrook Yarrow Zephyr Ashford Beacon ' +
  'Calder Dunmore Everly Fairhaven Granite Hollis Ironbridge Juniper Kestrel Larkspur Marlow ' +
  'Norrland Oakhurst Pellham Quillon Rosmund Saltire Thorne Upland Verity Wexford Aldergate ' +
  'Bramwell Cinderford Dovecote Elmstead Foxley Greyfriars Hartwell Inchcape Jesmond Kingsley ' +
  'Lockhart Millbrook Netherby Ormsby Penrose'
).split(' ')
const PLACES = (
  'Rotterdam Lisbon Gdansk Valencia Antwerp Hamburg Marseille Genoa Bilbao Tallinn Riga Dublin ' +
  'Glasgow Bergen Aarhus Porto Naples Trieste Helsinki Gothenburg Bremen Nantes Bordeaux Turin ' +
  'Malmö Kraków Ljubljana Zagreb Split Vigo Cádiz Le Havre Dunkirk Ostend Kiel Rostock Klaipėda ' +
  'Oulu Tromsø Stavanger Esbjerg Cork Belfast Swansea Plymouth Southampton Leith Aberdeen'
).split(' ')
const PEOPLE = (
  'Amara Okafor,Lena Fischer,Tomás Ibáñez,Priya Raman,Jonas Berg,Chloé Martin,Mateo Rossi,' +
  'Sofia Nowak,Elif Demir,Noah Jansen,Ines Costa,Kai Lindqvist,Zoë Laurent,Rafael Duarte,' +
  'Hana Kovač,Oskar Wiśniewski,Maeve Byrne,Luca Bianchi,Freya Holm,Arjun Mehta,Nadia Haddad,' +
  'Emil Sørensen,Clara Vidal,Dmitri Volkov,Aisha Bello,Pieter de Vries,Mira Petrova,Jon Ólafsson'
).split(',')
const TOPICS = (
  'solar energy,offshore wind,port logistics,cold storage,rail freight,battery recycling,' +
  'water treatment,cyber security,supply chain,hydrogen fuel,electric ferries,smart grids,' +
  'urban mobility,food safety,carbon capture,data centres,apprenticeships,plant upgrades,' +
  'heat pumps,biogas plants,green steel,district heating,container cranes,customs clearance,' +
  'drone inspection,tidal power,cargo bikes,shore power,fish farming,timber housing'
).split(',')
const NOUNS = (
  'partnership investment facility programme pilot contract expansion agreement upgrade ' +
  'strategy report survey campaign platform network terminal warehouse laboratory fleet ' +
  'workforce customers suppliers shareholders regulators community council schedule budget ' +
  'quarter revenue margin forecast capacity efficiency emissions safety training research'
).split(' ')
const VERBS = (
  'announced confirmed launched completed approved delayed expanded reviewed signed opened ' +
  'published welcomed outlined presented secured finalised extended acquired introduced'
).split(' ')
const ADJECTIVES = (
  'new regional national annual strategic sustainable digital modern major initial formal ' +
  'ambitious cautious detailed independent joint local global quarterly long-term record'
).split(' ')

const SENTENCES = [
  '{company} {verb} a {adj} {noun} in {place} on {day}, focused on {topic}.',
  '"We see {topic} as the heart of our {adj} {noun}," said {person}, who leads the {noun} team.',
  'The {noun} is expected to cost about {n} million euros over the next {small} years.',
  'According to {person}, the {adj} {noun} will create {n} jobs across {place} and nearby towns.',
  'Analysts said the {noun} could lift {company} revenue by {small} per cent in the coming quarter.',
  'Local officials in {place} {verb} the plan after a {adj} review of its {noun}.',
  'The first phase covers {topic}, with a second phase on {topic} planned for next year.',
  'Staff will receive {adj} training before the {noun} opens to {noun2} in {month}.',
  '{company} and {company2} have worked together on {topic} since {year}.',
  'A {adj} report published in {month} found that {topic} demand grew faster than expected.',
  'Critics warned that the {noun} may face delays if {noun2} costs keep rising.',
  'The board {verb} the {noun} unanimously, citing strong interest from {noun2}.',
]
const DAYS = 'Monday Tuesday Wednesday Thursday Friday'.split(' ')
const MONTHS = 'January March April June September October November'.split(' ')

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T
}

/** What one article is about: most sentences name these, a few mention others. */
interface Focus {
  company: string
  place: string
  person: string
  topics: string[]
}

function newFocus(rnd: () => number): Focus {
  const topics = [pick(rnd, TOPICS), pick(rnd, TOPICS)]
  return {
    company: pick(rnd, COMPANIES),
    place: pick(rnd, PLACES),
    person: pick(rnd, PEOPLE),
    topics,
  }
}

function sentence(rnd: () => number, focus: Focus): string {
  const usual = <T>(own: T, all: readonly T[]): T => (rnd() < 0.9 ? own : pick(rnd, all))
  return pick(rnd, SENTENCES).replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'company':
        return usual(focus.company, COMPANIES)
      case 'company2':
        return pick(rnd, COMPANIES)
      case 'place':
        return usual(focus.place, PLACES)
      case 'person':
        return usual(focus.person, PEOPLE)
      case 'topic':
        return usual(pick(rnd, focus.topics), TOPICS)
      case 'noun':
      case 'noun2':
        return pick(rnd, NOUNS)
      case 'verb':
        return pick(rnd, VERBS)
      case 'adj':
        return pick(rnd, ADJECTIVES)
      case 'day':
        return pick(rnd, DAYS)
      case 'month':
        return pick(rnd, MONTHS)
      case 'year':
        return String(2005 + Math.floor(rnd() * 19))
      case 'small':
        return String(2 + Math.floor(rnd() * 9))
      default:
        return String(10 + Math.floor(rnd() * 990))
    }
  })
}

/** A generated news article: title and body about one company, place and pair of topics. */
export interface CorpusArticle {
  title: string
  doc: DocNode
}

/**
 * A news article of about `words` words: a title such as "Meridian opened offshore wind
 * terminal in Porto", paragraphs of 3–5 sentences, a subheading now and then.
 */
export function corpusArticle(rnd: () => number, words: number): CorpusArticle {
  const focus = newFocus(rnd)
  const title = `${focus.company} ${pick(rnd, VERBS)} ${focus.topics[0]} ${pick(rnd, NOUNS)} in ${focus.place}`
  return { title, doc: corpusDoc(rnd, words, focus) }
}

function corpusDoc(rnd: () => number, words: number, focus: Focus): DocNode {
  const content: DocNode[] = []
  let count = 0
  let paragraph = 0
  while (count < words) {
    if (paragraph > 0 && paragraph % 4 === 0) {
      const heading = `${pick(rnd, ADJECTIVES)} ${pick(rnd, focus.topics)}`
      content.push({
        type: 'heading',
        attrs: { level: 2 },
        content: [{ type: 'text', text: heading }],
      })
    }
    const parts: string[] = []
    const n = 3 + Math.floor(rnd() * 3)
    for (let i = 0; i < n; i++) parts.push(sentence(rnd, focus))
    const text = parts.join(' ')
    count += text.split(/\s+/).length
    content.push({ type: 'paragraph', content: [{ type: 'text', text }] })
    paragraph++
  }
  return { type: 'doc', content }
}

/** Queries a person might type: words, prefixes as typed, names, two-word phrases, typos. */
export function corpusQueries(rnd: () => number, count: number): string[] {
  const typo = (w: string) => {
    const i = 1 + Math.floor(rnd() * (w.length - 2))
    return w.slice(0, i) + w.slice(i + 1)
  }
  const makers: (() => string)[] = [
    () => pick(rnd, COMPANIES),
    () => pick(rnd, PLACES).toLowerCase(),
    () => pick(rnd, TOPICS),
    () => pick(rnd, NOUNS).slice(0, 4),
    () => pick(rnd, PLACES).slice(0, 3),
    () => typo(pick(rnd, NOUNS)),
    () => typo(pick(rnd, COMPANIES)),
    () => `${pick(rnd, COMPANIES)} ${pick(rnd, PLACES)}`,
    () => pick(rnd, PEOPLE).split(' ')[1] ?? 'Berg',
    () => `${pick(rnd, ADJECTIVES)} ${pick(rnd, NOUNS)}`,
  ]
  return Array.from({ length: count }, (_, i) => (makers[i % makers.length] as () => string)())
}
