import type { Services } from '../../createServices'
import type { ChannelImplementations } from '../implementChannels'

/** Imports of converted files and exports to Markdown, HTML, folders and zips. */
export function implementTransfer(services: Services): ChannelImplementations['transfer'] {
  return {
    importArticles: ({ articles }) =>
      services.transfer.importArticles(articles, services.userName()),
    exportLibrary: (input) => services.transfer.exportLibrary(input),
    exportArticle: (input) => services.transfer.exportArticle(input),
  }
}
