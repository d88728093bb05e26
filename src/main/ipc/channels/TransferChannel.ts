import type { ChannelService, ParsedInput } from '@shared/ipc/ChannelService'
import type { DocxHtml, ExportResult } from '@shared/ipc/channels/transfer'
import type { ImportSummary } from '@shared/transfer/ImportedArticle'
import type { Services } from '../../createServices'
import { docxToHtml } from '../../transfer/word/docxToHtml'
import { parseWxr } from '../../transfer/wxr/parseWxr'
import { wxrPosts, type WxrPosts } from '../../transfer/wxr/wxrPosts'

/** The `transfer` channels: imports of converted files, Word reading, exports to files. */
export class TransferChannel implements ChannelService<'transfer'> {
  constructor(private readonly services: Services) {}

  importArticles({ articles }: ParsedInput<'transfer', 'importArticles'>): Promise<ImportSummary> {
    return this.services.transfer.importArticles(articles, this.services.userName())
  }

  convertDocx({ fileName, dataBase64 }: ParsedInput<'transfer', 'convertDocx'>): Promise<DocxHtml> {
    return docxToHtml(Buffer.from(dataBase64, 'base64'), fileName)
  }

  readWxr({ fileName, text }: ParsedInput<'transfer', 'readWxr'>): WxrPosts {
    return wxrPosts(parseWxr(text, fileName))
  }

  exportLibrary(input: ParsedInput<'transfer', 'exportLibrary'>): Promise<ExportResult> {
    return this.services.transfer.exportLibrary(input)
  }

  exportArticle(input: ParsedInput<'transfer', 'exportArticle'>): Promise<ExportResult> {
    return this.services.transfer.exportArticle(input)
  }
}
