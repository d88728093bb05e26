import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import fs from 'node:fs'
import git from 'isomorphic-git'

/** Remembers which blob each written file holds, so the next build writes only what changed. */
const MANIFEST = '.copydesk-files.json'

async function readManifest(folder: string): Promise<Map<string, string>> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(folder, MANIFEST), 'utf8'))
    if (parsed && typeof parsed === 'object') {
      return new Map(
        Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'),
      )
    }
  } catch {
    // A first build, or a manifest someone edited: write every file.
  }
  return new Map()
}

/**
 * Makes `folder` hold the files of `commit` from a bare repository: files that changed are
 * written, files the commit no longer has are removed, anything else in the folder (the site's
 * installed packages, a generator's cache) is left alone.
 */
export async function writeCommitTree(
  gitdir: string,
  commit: string,
  folder: string,
): Promise<{ submodules: string[] }> {
  await mkdir(folder, { recursive: true })
  const before = await readManifest(folder)
  const after = new Map<string, string>()
  const submodules: string[] = []
  const cache = {}
  await git.walk({
    fs,
    gitdir,
    cache,
    trees: [git.TREE({ ref: commit })],
    map: async (path, [entry]) => {
      if (!entry || path === '.') return true
      const type = await entry.type()
      if (type === 'commit') submodules.push(path)
      if (type !== 'blob') return type === 'tree'
      const oid = await entry.oid()
      after.set(path, oid)
      const file = join(folder, path)
      if (before.get(path) === oid && existsSync(file)) return true
      await mkdir(dirname(file), { recursive: true })
      await rm(file, { force: true })
      const content = (await entry.content()) ?? new Uint8Array()
      if ((await entry.mode()) === 0o120000) {
        await symlink(new TextDecoder().decode(content), file)
      } else {
        await writeFile(file, content)
      }
      return true
    },
  })
  for (const path of before.keys()) {
    if (!after.has(path)) await rm(join(folder, path), { force: true })
  }
  await writeFile(join(folder, MANIFEST), JSON.stringify(Object.fromEntries(after)))
  return { submodules }
}
