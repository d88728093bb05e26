/** What starting Copydesk, switching libraries and reading its own files say. */
export const startupMain = {
  couldNotStart: 'Copydesk could not start',
  libraryNotOpened: 'The library could not be opened.',
  libraryNotChanged: 'Library not changed',
  folderUnusable: 'That folder cannot be used.',
  folderNotOpened: 'The folder could not be opened: {{problem}}',
  fileNotOpened: 'The file could not be opened: {{problem}}',
  noLibraryChoice: 'Choosing another library folder is not available here.',
  notALibrary: 'Copydesk could not open that folder as a library.',
  /** The folder dialog of File → Change Library. */
  pickLibrary: {
    title: 'Choose Library Folder',
    button: 'Use as Library',
    message: 'Choose an empty folder, or a folder that already holds a Copydesk library.',
  },
  chosenLibraryFailed:
    'The library you chose ({{chosen}}) could not be opened.{{why}} The default library is open meanwhile; your choice is kept. Try again, or choose another library.',
  chosenLibraryMissing:
    'The library you chose ({{chosen}}) cannot be found: a disk that is not connected, or a folder that was moved or renamed. The default library is open meanwhile; your choice is kept. Try again once it is back, or choose another library.',
  settingsRestored:
    'The settings file was damaged. Copydesk put back the last good copy and kept the damaged file as {{aside}}.',
  settingsReset:
    'The settings file was damaged and there was no good copy to put back, so Copydesk started with default settings (sites may need to be added again). The damaged file is kept as {{aside}}.',
  secretsRepaired:
    "The file of saved passwords and tokens was damaged. Copydesk kept the {{kept}} it could still read and moved the damaged file aside ({{aside}}); enter any other password again in the site's settings.",
  imageNotWeb: 'That image address is not a web address.',
  imageNotDownloaded: 'The image from {{host}} was not downloaded: {{reason}}.',
  imageNotDownloadedUnknown:
    'The image from {{host}} was not downloaded: it could not be downloaded.',
  imageNotPicture:
    'The file at {{host}} is not a picture Copydesk takes in (PNG, JPEG, GIF, WebP or AVIF).',
  limits: {
    theDocument: 'The document',
    theArticle: 'The article',
    thisDocument: 'This document',
    tooLarge:
      '{{what}} is too large to take in (more than {{millions}} million characters). Split it into smaller parts.',
    tooDeep:
      '{{what}} is nested too deeply (more than {{levels}} levels) to be taken in safely. Nothing was changed.',
    tooMany:
      '{{what}} has too many parts (more than {{limit}}) to be taken in safely. Split it into smaller parts.',
    textTooLong:
      '{{what}} is too long to take in at once (more than {{limit}} characters). Split it into smaller parts.',
    fileTooLarge:
      'The file is too large to be an article (more than {{millions}} million characters).',
    docRefused: 'The document is too large or nested too deeply to be saved.',
  },
}
