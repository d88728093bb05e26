import type { z } from 'zod'
import { checkJsonLimits } from '@shared/safety/checkJsonLimits'
import {
  channelName,
  contract,
  type Channel,
  type GroupName,
  type IpcResult,
} from '@shared/ipc/contract'
import type { Services } from '../createServices'
import type { AppChannelDeps } from './channels/AppChannel'
import { createChannelServices } from './createChannelServices'
import { toIpcError } from './toIpcError'

/** Handles one call from the renderer; never throws, failures come back as values. */
export type Handler = (rawInput: unknown) => Promise<IpcResult<unknown>>

/** Every channel's handler, by wire name (`copydesk:articles.save`). */
export type Handlers = Readonly<Record<string, Handler>>

export interface HandlerOptions extends AppChannelDeps {
  /** Where unexpected errors go; defaults to console.error. */
  log?: (message: string, error: unknown) => void
  /**
   * Also check each answer against the contract's output schema. On in tests and the harness,
   * where a service drifting from the contract should fail loudly.
   */
  checkOutputs?: boolean
}

/** A group's service as the binding sees it: methods by channel name. */
type Methods = Record<string, ((input: unknown) => unknown) | undefined>

/**
 * Builds the handler for every channel of the contract, bound by name to the method of the
 * same name on its group's service (see createChannelServices). Each one parses its input with
 * the channel's schema, calls the service and maps errors to the typed error shape. Electron's
 * IPC (which adds the sender check) and the browser harness both call these, so they behave
 * the same.
 */
export function createHandlers(services: Services, options: HandlerOptions): Handlers {
  const log = options.log ?? ((message, error) => console.error(message, error))
  const channelServices = createChannelServices(services, options)
  const handlers: Record<string, Handler> = {}
  for (const group of Object.keys(contract) as GroupName[]) {
    const channels = contract[group] as Record<string, Channel<z.ZodType, z.ZodType>>
    // Typed per group by ChannelServices; here every group is walked the same way.
    const service = channelServices[group] as unknown as Methods
    for (const [method, schemas] of Object.entries(channels)) {
      const name = channelName(group, method)
      if (typeof service[method] !== 'function') throw new Error(`No service method for ${name}`)
      handlers[name] = async (rawInput) => {
        // Before the (recursive) schema: a hostile depth must not exhaust the stack.
        const tooLarge = checkJsonLimits(rawInput)
        if (tooLarge) return { ok: false, error: { code: 'invalid_input', message: tooLarge } }
        const input = schemas.input.safeParse(rawInput)
        if (!input.success) {
          return {
            ok: false,
            error: { code: 'invalid_input', message: describeIssues(name, input.error) },
          }
        }
        try {
          const value = await service[method]?.(input.data)
          if (options.checkOutputs) {
            const output = schemas.output.safeParse(value)
            if (!output.success) throw new Error(`Answer breaks the contract: ${output.error}`)
          }
          return { ok: true, value }
        } catch (error) {
          return { ok: false, error: toIpcError(error, name, log) }
        }
      }
    }
  }
  return Object.freeze(handlers)
}

/** A short, readable summary of what was wrong with the input (first few problems only). */
function describeIssues(channel: string, error: z.ZodError): string {
  const problems = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : 'input'
    return `${where}: ${issue.message}`
  })
  return `Copydesk refused a malformed request (${channel}): ${problems.join('; ')}.`
}
