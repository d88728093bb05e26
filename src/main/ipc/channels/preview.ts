import type { Services } from '../../createServices'
import type { ChannelImplementations } from '../implementChannels'

/** The layout preview and review exports. */
export function implementPreview(services: Services): ChannelImplementations['preview'] {
  const preview = services.preview
  return {
    render: (input) => preview.render(input),
    exportReviewCopy: (input) => preview.exportReviewCopy(input),
    exportPdf: (input) => preview.exportPdf(input),
  }
}
