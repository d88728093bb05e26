/** Maps an image source as a file writes it to the source the document keeps. */
export type ImageSrcMapper = (src: string) => string

/** How parseMarkdown reads a file. */
export interface ParseOptions {
  /**
   * Applied to every image source before the allow-list check (only library assets and http(s)
   * images enter a document), so an import can point `images/photo.png` at the asset it became.
   */
  imageSrc?: ImageSrcMapper
}
