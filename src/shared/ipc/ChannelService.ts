import type { z } from 'zod'
import type { Channel, Contract, GroupName, MethodName, OutputOf } from './contract'

/** The input of a channel after validation (defaults filled in). */
export type ParsedInput<G extends GroupName, M extends MethodName<G>> =
  Contract[G][M] extends Channel<infer I, z.ZodType> ? z.output<I> : never

/** Channels that answer nothing may be served by methods returning void. */
type Answer<T> = T extends undefined ? T | void : T

/**
 * What serves one group of the contract on the main side: a method per channel, with the
 * channel's name, taking its validated input. A class declares `implements ChannelService<'x'>`
 * and the compiler asks for every channel of group `x`; the handlers are bound by name, so a
 * new channel is its contract entry plus this method, nothing else.
 */
export type ChannelService<G extends GroupName> = {
  [M in MethodName<G>]: (
    input: ParsedInput<G, M>,
  ) => Promise<Answer<OutputOf<G, M>>> | Answer<OutputOf<G, M>>
}

/** A service for every group of the contract. */
export type ChannelServices = { [G in GroupName]: ChannelService<G> }
