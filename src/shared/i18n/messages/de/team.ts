import type { Messages } from '../Messages'

/** German: Settings → Team, the team article bar, moving articles in and out of the team. */
export const team: Messages['team'] = {
  joinFailed: 'Dem Team konnte nicht beigetreten werden.',
  heading: 'Team',
  belongsTo:
    'Diese Bibliothek gehört zu <team>{{team}}</team> ({{url}}). Sie sind <member>{{member}}</member>, {{role}}.',
  keptOffline:
    'Team-Artikel liegen auch in dieser Bibliothek, damit Sie offline weiterarbeiten können.',
  roles: {
    writer: 'Autor/in',
    reviewer: 'Prüfer/in',
    publisher: 'Veröffentlicher/in',
    admin: 'Administrator/in',
  },
  intro:
    'Treten Sie dem Copydesk-Server Ihres Teams bei, um Entwürfe zu teilen, gemeinsam zu bearbeiten und zu prüfen. Die Serveradresse und einen Einladungscode erhalten Sie von der Team-Administration.',
  address: 'Serveradresse',
  allowInsecure: 'Ohne Verschlüsselung verbinden: Ich vertraue diesem Netzwerk',
  invite: 'Einladungscode',
  joining: 'Wird beigetreten …',
  join: 'Team beitreten',
  bar: {
    label: 'Team-Artikel',
    alsoEditing: 'Bearbeiten auch',
    alone: 'Nur Sie haben ihn geöffnet',
    reviewerReadOnly:
      'Sie prüfen diesen Artikel: Sie können kommentieren und ihn freigeben oder zurückgeben, aber weder Text noch Details ändern.',
  },
  notSaved: 'Nicht gespeichert',
  notSavedRetrying: 'Nicht gespeichert: {{message}} Copydesk versucht es weiter.',
  moveUnsaved:
    'Ihre letzten Änderungen sind noch nicht gespeichert, daher ist der Artikel hier geblieben.',
  moved: 'In das Team verschoben. Alle im Team können ihn jetzt öffnen.',
  moveFailed: 'Der Artikel konnte nicht in das Team verschoben werden.',
  copied: 'Auf diesen Computer kopiert. Die Kopie gehört nur Ihnen.',
  copyFailed: 'Der Artikel konnte nicht kopiert werden.',
}
