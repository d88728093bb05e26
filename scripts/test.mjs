// Runs the whole suite: builds the app once, then every vitest project, then prints one summary line.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false })

const build = run('npx', ['electron-vite', 'build'])
if (build.status !== 0) {
  console.error('The build failed; tests did not run.')
  process.exit(build.status ?? 1)
}

mkdirSync('out', { recursive: true })
const resultFile = 'out/test-results.json'
// Ghost's suite installs Ghost on first run and has its own command, `npm run test:ghost`.
const DEFAULT_PROJECTS = ['node', 'dom', 'crash', 'peers', 'team', 'e2e', 'electron']
const args = process.argv.slice(2)
const projects = args.length > 0 ? [] : DEFAULT_PROJECTS.flatMap((name) => ['--project', name])
const tests = run('npx', [
  'vitest',
  'run',
  ...projects,
  ...args,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${resultFile}`,
])

if (existsSync(resultFile)) {
  const r = JSON.parse(readFileSync(resultFile, 'utf8'))
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0)
  console.log(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`)
}
process.exit(tests.status ?? 1)
