import { describe, expect, it } from 'vitest'
import { buildFailure } from './buildFailure'

const SITE = '/home/ana/.config/Copydesk/git-cache/site-news.build'

describe('buildFailure', () => {
  it('keeps Hugo’s error and drops its warnings, timestamps and the error count', () => {
    const output = [
      'Start building sites … ',
      'WARN 2026/12/05 12:25:35 found no layout file for "HTML" for kind "home"',
      'ERROR 2026/12/05 12:25:35 posts/launch.md: a description is required',
      'Error: Error building site: logged 1 error(s)',
      'Total in 20 ms',
    ].join('\n')
    expect(buildFailure(output, SITE)).toEqual({
      message: 'ERROR posts/launch.md: a description is required',
      file: 'posts/launch.md',
      line: null,
    })
  })

  it('reads the file and line of front matter Hugo cannot parse, inside the site', () => {
    const output = `Error: Error building site: "${SITE}/content/posts/launch.md:3:1": failed to unmarshal YAML: yaml: line 3: did not find expected key`
    const failure = buildFailure(output, SITE)
    expect(failure.file).toBe('content/posts/launch.md')
    expect(failure.line).toBe(3)
    expect(failure.message).not.toContain(SITE)
  })

  it('reads Jekyll’s “(line N) … in file” and strips its colours', () => {
    const output = `\u001b[31m  Liquid Exception: Liquid syntax error (line 4): Unknown tag 'bogus' in ${SITE}/_posts/2026-05-04-launch.md\u001b[0m\n\u001b[31m      Jekyll 4.3.1   Please append \`--trace\` to the \`build\` command \u001b[0m`
    expect(buildFailure(output, SITE)).toEqual({
      message:
        "Liquid Exception: Liquid syntax error (line 4): Unknown tag 'bogus' in _posts/2026-05-04-launch.md",
      file: '_posts/2026-05-04-launch.md',
      line: 4,
    })
  })

  it('falls back to the last lines when nothing reads as an error', () => {
    expect(buildFailure('one\ntwo\nkilled', SITE).message).toBe('one\ntwo\nkilled')
    expect(buildFailure('', SITE).message).toBe('The build failed without saying why.')
  })
})
