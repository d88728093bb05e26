import { AppError } from '../../errors/AppError'
import type { Services } from '../../createServices'
import type { ChannelImplementations } from '../implementChannels'

const notYet = (): never => {
  throw new AppError('refused', 'The preview is not available yet.')
}

/** The layout preview and review exports. */
export function implementPreview(_services: Services): ChannelImplementations['preview'] {
  return { render: notYet, exportReviewCopy: notYet, exportPdf: notYet }
}
