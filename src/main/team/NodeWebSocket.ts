import WebSocket from 'ws'

/**
 * `ws` for runtimes without a global WebSocket (Node 20: the browser harness, tests). Unlike a
 * browser's, `ws` emits an unhandled 'error' when a socket is closed while still connecting,
 * which the Hocuspocus provider does when it gives up an attempt; the provider learns of the
 * failure from the close event anyway.
 */
export class NodeWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args)
    this.on('error', () => undefined)
  }
}
