import type { Messages } from '../Messages'

/** German: what the app says about the team server's answers. */
export const teamMain: Messages['teamMain'] = {
  unnamedTeam: 'Team',
  holderPublishing:
    '{{name}} veröffentlicht diesen Artikel gerade; versuchen Sie es gleich noch einmal.',
  someonePublishing:
    'Ein anderes Mitglied veröffentlicht diesen Artikel gerade; versuchen Sie es gleich noch einmal.',
  mayNotPublish: 'Der Teamserver lässt nur Veröffentlichende und Admins veröffentlichen.',
  lockNoAnswer: 'Der Teamserver hat auf die Veröffentlichungssperre nicht geantwortet.',
  noAnswer: 'Der Teamserver hat nicht geantwortet.',
  stoppedAnswering: 'Der Teamserver antwortet nicht mehr; neuer Versuch läuft.',
  askAdmin: '{{refusal}} Ein Admin kann Sie als veröffentlichende Person einladen.',
  joinedAs:
    'Nur Veröffentlichende und Admins des Teams können Teamartikel veröffentlichen; Sie sind als {{role}} beigetreten.',
  joinedAsMember:
    'Nur Veröffentlichende und Admins des Teams können Teamartikel veröffentlichen; Sie sind als Mitglied beigetreten.',
}
