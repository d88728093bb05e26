import type { Services } from '../../createServices'
import { docxToHtml } from '../../transfer/word/docxToHtml'
import type { ChannelImplementations } from '../implementChannels'

/** Imports of converted files and exports to Markdown, HTML, folders and zips. */
export function implementTransfer(services: Services): ChannelImplementations['transfer'] {
  return {
    importArticles: ({ articles }) =>
      services.transfer.importArticles(articles, services.userName()),
    convertDocx: ({ fileName, dataBase64 }) =>
      docxToHtml(Buffer.from(dataBase64, 'base64'), fileName),
    exportLibrary: (input) => services.transfer.exportLibrary(input),
    exportArticle: (input) => services.transfer.exportArticle(input),
  }
}
