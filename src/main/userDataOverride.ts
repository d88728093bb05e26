import { isAbsolute, resolve } from 'node:path'

/**
 * A user-data folder requested for this run, so tests and side-by-side profiles never touch the
 * real one: `COPYDESK_USER_DATA`, or Chromium's `--user-data-dir=<path>` switch. Null when
 * neither is given.
 */
export function userDataOverride(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string | null {
  const fromEnv = env.COPYDESK_USER_DATA?.trim()
  if (fromEnv) return resolve(fromEnv)
  const flag = argv.find((arg) => arg.startsWith('--user-data-dir='))
  const fromFlag = flag?.slice('--user-data-dir='.length).trim()
  return fromFlag && isAbsolute(fromFlag) ? fromFlag : null
}
