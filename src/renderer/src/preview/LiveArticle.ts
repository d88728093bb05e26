import type { ArticleMeta, DocNode } from '@shared/article/Article'

/**
 * The open article as the editor has it right now, ahead of the autosave: the preview renders
 * from here so it follows typing. The document is read only when a render starts.
 */
export class LiveArticle {
  private getDoc: () => DocNode
  private currentMeta: ArticleMeta
  private readonly listeners = new Set<() => void>()

  constructor(meta: ArticleMeta, doc: DocNode) {
    this.currentMeta = meta
    this.getDoc = () => doc
  }

  meta(): ArticleMeta {
    return this.currentMeta
  }

  doc(): DocNode {
    return this.getDoc()
  }

  /** The editor changed; `getDoc` builds its document when called. */
  docChanged(getDoc: () => DocNode): void {
    this.getDoc = getDoc
    this.notify()
  }

  setMeta(meta: ArticleMeta): void {
    if (meta === this.currentMeta) return
    this.currentMeta = meta
    this.notify()
  }

  /** Registers a listener for any change; returns its remover. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener()
  }
}
