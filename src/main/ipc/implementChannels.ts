import type { z } from 'zod'
import type { Channel, Contract, GroupName, MethodName, OutputOf } from '@shared/ipc/contract'
import { AppError } from '../errors/AppError'
import type { Services } from '../createServices'
import { isSafeExternalUrl } from '../security/isSafeExternalUrl'
import { decodeImageBytes } from './decodeImageBytes'
import { implementComments } from './channels/comments'
import { implementPreview } from './channels/preview'
import { implementPublish } from './channels/publish'
import { implementSites } from './channels/sites'

type ParsedInput<G extends GroupName, M extends MethodName<G>> =
  Contract[G][M] extends Channel<infer I, z.ZodType> ? z.output<I> : never

/** Channels that answer nothing may be implemented by functions returning void. */
type Answer<T> = T extends undefined ? T | void : T

/** One function per contract channel, taking the already-validated input. */
export type ChannelImplementations = {
  [G in GroupName]: {
    [M in MethodName<G>]: (
      input: ParsedInput<G, M>,
    ) => Promise<Answer<OutputOf<G, M>>> | Answer<OutputOf<G, M>>
  }
}

/** What the handlers need besides the services: the operating system's side effects. */
export interface ChannelDeps {
  /** Opens a URL in the person's browser or mail client; only called with safe URLs. */
  openExternal(url: string): Promise<void>
}

/** Binds every channel of the contract to a service call. */
export function implementChannels(services: Services, deps: ChannelDeps): ChannelImplementations {
  const library = () => services.library
  return {
    app: {
      info: () => services.appInfo,
      openExternal: async ({ url }) => {
        if (!isSafeExternalUrl(url)) {
          throw new AppError('refused', 'Copydesk opens only web (http, https) and email links.')
        }
        await deps.openExternal(url)
      },
    },
    library: {
      info: () => services.libraryInfo(),
      dismissQuarantine: () => library().dismissQuarantine(),
      choose: () => services.chooseLibrary(),
      retry: () => services.retryLibrary(),
    },
    articles: {
      list: (query) => library().list(query),
      facets: () => library().facets(),
      create: (input) => library().create(input),
      get: ({ id }) => library().get(id),
      save: (input) => library().save(input, services.userName()),
      checkDisk: ({ id }) => library().checkDisk(id),
      duplicate: ({ id }) => library().duplicate(id),
      delete: ({ id }) => library().delete(id),
    },
    trash: {
      list: () => library().trashList(),
      restore: ({ id }) => library().trashRestore(id),
      empty: () => library().trashEmpty(),
    },
    revisions: {
      list: ({ id }) => library().revisionsList(id),
      get: ({ id, revId }) => library().revisionsGet(id, revId),
      restore: ({ id, revId }) => library().revisionsRestore(id, revId),
    },
    assets: {
      import: ({ articleId, fileName, mimeType, dataBase64 }) =>
        library().importAsset({
          articleId,
          fileName,
          mimeType,
          bytes: decodeImageBytes(dataBase64),
        }),
    },
    settings: {
      get: () => services.settings.get(),
      update: (patch) => services.settings.update(patch),
    },
    sites: implementSites(services),
    preview: implementPreview(services),
    comments: implementComments(services),
    publish: implementPublish(services),
  }
}
