/** article.json changed on disk between reading it and replacing it: the write was cancelled. */
export class ChangedOnDiskError extends Error {
  constructor() {
    super('The article changed on disk while it was being saved.')
    this.name = 'ChangedOnDiskError'
  }
}
