/** What import, export and unplanned failures say from the main side. */
export const transferMain = {
  nothingToExport: 'There are no articles to export.',
  /** The suggested name of a library export (a folder, or a .zip). */
  exportName: 'Copydesk export {{day}}',
  /** An exported Word image's name when it has no alt text. */
  imageName: 'Image',
  noExport: 'Exporting files is not available here.',
  nameTaken: 'Something with that name is already there. Choose a new name for the export folder.',
  docxTooLarge: '{{what}} is {{size}}; Copydesk imports Word files up to {{limit}}.',
  docxProtected:
    '{{what}} is protected with a password, or is an old .doc file. Open it in Word, remove the password or save it as .docx, then import it again.',
  notDocx: '{{what}} is not a Word (.docx) file.',
  docxDamaged: '{{what}} is damaged or is not a Word document.',
  zipDamaged: '{{what}} is damaged and cannot be read.',
  zipBomb:
    '{{what}} unpacks to more than {{limit}}, far more than a document needs. It was not opened.',
  unexpected:
    'Something unexpected went wrong. Please try again; if it keeps happening, restart Copydesk.',
}
