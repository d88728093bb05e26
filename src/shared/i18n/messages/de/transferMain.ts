import type { Messages } from '../Messages'

/** German: what import, export and unplanned failures say from the main side. */
export const transferMain: Messages['transferMain'] = {
  exportName: 'Copydesk-Export {{day}}',
  imageName: 'Bild',
  nothingToExport: 'Es gibt keine Artikel zum Exportieren.',
  noExport: 'Dateien lassen sich hier nicht exportieren.',
  nameTaken:
    'Unter diesem Namen gibt es schon etwas. Wählen Sie einen neuen Namen für den Exportordner.',
  docxTooLarge: '{{what}} ist {{size}} groß; Copydesk importiert Word-Dateien bis {{limit}}.',
  docxProtected:
    '{{what}} ist mit einem Passwort geschützt oder eine alte .doc-Datei. Öffnen Sie sie in Word, entfernen Sie das Passwort oder speichern Sie sie als .docx, und importieren Sie sie dann erneut.',
  notDocx: '{{what}} ist keine Word-Datei (.docx).',
  docxDamaged: '{{what}} ist beschädigt oder kein Word-Dokument.',
  zipDamaged: '{{what}} ist beschädigt und kann nicht gelesen werden.',
  zipBomb:
    '{{what}} entpackt sich auf mehr als {{limit}}, weit mehr, als ein Dokument braucht. Die Datei wurde nicht geöffnet.',
  unexpected:
    'Etwas Unerwartetes ist schiefgegangen. Bitte versuchen Sie es noch einmal; wenn es wieder passiert, starten Sie Copydesk neu.',
}
