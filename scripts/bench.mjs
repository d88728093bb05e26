// `npm run bench [library|typing ...]`: builds the app, then runs the benchmarks in bench/.
import { spawnSync } from 'node:child_process'

const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)
const bench = spawnSync('node', ['--import', 'tsx', 'bench/index.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.node.json' },
})
process.exit(bench.status ?? 1)
