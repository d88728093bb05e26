import type { en } from './en'

/** The shape every language's messages must have: English's keys, any strings. */
export type Messages = StringsOf<typeof en>

type StringsOf<T> = { [K in keyof T]: T[K] extends string ? string : StringsOf<T[K]> }
