import type { z } from 'zod'

/** One request/response channel: what the renderer sends and what main answers. */
export interface Channel<I extends z.ZodType, O extends z.ZodType> {
  input: I
  output: O
}

export function channel<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
): Channel<I, O> {
  return { input, output }
}
