import type { Messages } from '../Messages'

/** German: Settings → Sites. */
export const sites: Messages['sites'] = {
  loadFailed: 'Die Websites konnten nicht geladen werden.',
  loading: 'Websites werden geladen …',
  removeFailed: 'Die Website konnte nicht entfernt werden.',
  newSite: 'Neue Website',
  addSite: 'Website hinzufügen',
  addASite: 'Eine Website hinzufügen',
  empty:
    'Eine Website enthält, was Vorschau und Veröffentlichung brauchen: Adresse, Kategorien, Navigation und Aussehen.',
  removeTitle: '„{{name}}“ entfernen?',
  removeConfirm: 'Website entfernen',
  removeText:
    'Ihre Einstellungen, gespeicherten Passwörter und ihr Vorschau-Design werden aus Copydesk entfernt. Kein Artikel wird gelöscht.',
  discardTitle: 'Ungespeicherte Änderungen verwerfen?',
  discard: 'Verwerfen',
  notSaved: 'Die Änderungen an dieser Website wurden nicht gespeichert.',
  saveFailed: 'Die Website konnte nicht gespeichert werden.',
  secretFailed:
    'Die Website wurde hinzugefügt, ihr Zugangsschlüssel konnte aber nicht gespeichert werden. Bitte geben Sie ihn erneut ein.',
  name: 'Name',
  namePlaceholder: 'z. B. Hafenzeitung',
  url: 'Öffentliche Adresse',
  categories: 'Kategorien',
  categoriesHelp: 'Wird in den Details eines Artikels für diese Website angeboten.',
  navigation: 'Navigation',
  keepRemoteImages: 'Webbilder auf ihren eigenen Websites lassen',
  keepRemoteImagesHelp:
    'Eingefügte Webbilder werden normalerweise im Artikel gespeichert. So oder so zeigt Copydesk für ein nicht gespeichertes Bild einen Platzhalter und lädt von sich aus nichts aus dem Web.',
  remove: 'Website entfernen …',
  saved: 'Gespeichert',
  revert: 'Zurücksetzen',
  saving: 'Wird gespeichert …',
  saveChanges: 'Änderungen speichern',
  noLinks: 'Noch keine Links; die Kopfzeile zeigt nur den Namen der Website.',
  linkLabel: 'Beschriftung von Link {{n}}',
  linkAddress: 'Adresse von Link {{n}}',
  removeLinkN: 'Link {{n}} entfernen',
  removeLink: 'Link entfernen',
  addLink: 'Link hinzufügen',
  errors: {
    name: 'Geben Sie der Website einen Namen.',
    url: 'Geben Sie die Adresse ein, unter der man die Website liest, z. B. https://news.example.com/.',
    urlNotWeb: 'Geben Sie eine vollständige Webadresse ein, die mit https:// oder http:// beginnt.',
    linkLabel: 'Geben Sie diesem Link eine Beschriftung.',
    linkAddress: 'Geben Sie diesem Link eine Adresse.',
    linkNotWeb: 'Verwenden Sie eine Webadresse (https://…) oder einen Pfad der Website (/news).',
    repoUrl:
      'Die Adresse des Repositorys muss eine vollständige Webadresse sein, die mit https:// oder http:// beginnt.',
    wordpressUrl:
      'Die WordPress-Adresse muss eine vollständige Webadresse sein, die mit https:// oder http:// beginnt.',
    ghostUrl:
      'Die Ghost-Admin-Adresse muss eine vollständige Webadresse sein, die mit https:// oder http:// beginnt.',
    webhookUrl:
      'Die Webhook-Adresse muss eine vollständige Webadresse sein, die mit https:// oder http:// beginnt.',
  },
}
