import type { Messages } from '../Messages'

/** German: what the team's status, address check, update check and server calls say. */
export const teamShared: Messages['teamShared'] = {
  synced: 'Synchronisiert',
  changesWaiting_one: '{{formatted}} Änderung wartet',
  changesWaiting_other: '{{formatted}} Änderungen warten',
  offlineSince: 'Offline seit {{when}}',
  notAnAddress: '„{{typed}}“ ist keine Serveradresse.',
  useWss: 'Verwenden Sie eine wss://-Adresse (oder https://).',
  unencrypted:
    '{{host}} würde ohne Verschlüsselung (ws://) erreicht: Jeder im Netzwerk könnte die Artikel lesen. Verwenden Sie wss:// oder bestätigen Sie, dass dieses Netzwerk vertrauenswürdig ist.',
  reviewerCannotEditBody: 'Prüfer/innen können den Text kommentieren, aber nicht ändern.',
  noSuchBlocks: 'Der Artikel kennt keine Blöcke vom Typ „{{name}}“.',
  noSuchFormatting: 'Der Artikel kennt keine Formatierung „{{name}}“.',
  bodyOnlyText: 'Der Haupttext enthält nur Text.',
  notAReviewStatus: 'Das ist kein Prüfstatus.',
  onlyPublishersMarkPublished:
    'Nur Veröffentlichende und Admins können einen Artikel als veröffentlicht markieren.',
  reviewerCannotEditDetails: 'Prüfer/innen können die Angaben zum Artikel nicht ändern.',
  onlyPublishersRecord: 'Nur Veröffentlichende und Admins können eine Veröffentlichung festhalten.',
  foreignContent: 'Die Änderung enthält Inhalte, die ein Artikel nicht aufnehmen kann.',
  missingBase:
    'Die Änderung baut auf Änderungen auf, die der Server nicht hat; verbinden Sie sich neu, um sie erneut zu senden.',
  noSuchPart: 'Ein Artikel hat keinen Teil namens „{{part}}“.',
  nothingAnswers:
    'Unter {{host}} antwortet nichts. Prüfen Sie die Adresse und ob dieser Computer online ist.',
  notATeamServer: '{{host}} ist kein Copydesk-Teamserver.',
  serverOlder:
    'Der Teamserver ist älter als diese App; bitten Sie seine Admins, ihn zu aktualisieren.',
  serverNewer: 'Der Teamserver ist neuer als diese App; aktualisieren Sie Copydesk.',
  inviteRefused: 'Der Teamserver hat die Einladung nicht angenommen.',
  listRefused: 'Der Teamserver hat seine Artikel nicht aufgelistet.',
  changeUnreadable: 'Die Änderung konnte nicht gelesen werden.',
  articleNotOpen: 'Dieser Teamartikel ist nicht geöffnet.',
  notShared: 'Dieser Artikel wird nicht mit dem Team geteilt.',
  commentGone: 'Diesen Kommentar gibt es nicht mehr; vielleicht hat ihn jemand gelöscht.',
  commentDuplicate: 'Dieser Kommentar wurde bereits gespeichert.',
  commentNotYours: 'Nur wer einen Kommentar geschrieben hat, kann ihn löschen.',
  notConnected: 'Diese Bibliothek ist mit keinem Team verbunden.',
  joinFirst: 'Treten Sie zuerst unter Einstellungen → Team einem Team bei.',
}
