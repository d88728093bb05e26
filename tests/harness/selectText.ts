import type { Page } from 'playwright-core'

/**
 * Selects the first occurrence of `needle` in the editor at `root` with a mouse drag (or clicks
 * just before it when `caretBefore`), as a person would.
 */
export async function selectText(
  page: Page,
  root: string,
  needle: string,
  caretBefore = false,
): Promise<void> {
  const box = await page.evaluate(
    ({ root, needle }) => {
      const walker = document.createTreeWalker(
        document.querySelector(root) as Node,
        NodeFilter.SHOW_TEXT,
      )
      const nodes: { node: Text; start: number }[] = []
      let text = ''
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n as Text, start: text.length })
        text += n.textContent ?? ''
      }
      const from = text.indexOf(needle)
      if (from < 0) throw new Error(`"${needle}" is not in the text`)
      const rectOf = (offset: number, after: boolean) => {
        const hit = nodes.find((e) => offset >= e.start && offset < e.start + e.node.length)
        if (!hit) throw new Error('no text node')
        const range = document.createRange()
        range.setStart(hit.node, offset - hit.start)
        range.setEnd(hit.node, offset - hit.start + 1)
        const r = range.getBoundingClientRect()
        return { x: after ? r.right - 1 : r.left + 1, y: r.top + r.height / 2 }
      }
      return { start: rectOf(from, false), end: rectOf(from + needle.length - 1, true) }
    },
    { root, needle },
  )
  await page.mouse.click(box.start.x, box.start.y)
  if (!caretBefore) {
    await page.mouse.down()
    await page.mouse.move(box.end.x, box.end.y, { steps: 4 })
    await page.mouse.up()
  }
  // The editor takes the selection on its own tick; wait until it holds what was asked for.
  await page.waitForFunction((empty) => {
    const selection = window.getSelection()
    const inEditor = !!selection?.anchorNode?.parentElement?.closest('.ProseMirror')
    return inEditor && selection?.isCollapsed === empty
  }, caretBefore)
}
