/** Settings → Team, the bar above a team article, and moving articles in and out of the team. */
export const team = {
  joinFailed: 'Could not join the team.',
  heading: 'Team',
  belongsTo:
    'This library belongs to <team>{{team}}</team> ({{url}}). You are <member>{{member}}</member>, {{role}}.',
  keptOffline: 'Team articles are kept in this library too, so you can keep working offline.',
  roles: {
    writer: 'writer',
    reviewer: 'reviewer',
    publisher: 'publisher',
    admin: 'admin',
  },
  intro:
    'Join your team’s Copydesk server to share drafts, edit together and review. Ask the team admin for the server address and an invite code.',
  address: 'Server address',
  allowInsecure: 'Connect without encryption: I trust this network',
  invite: 'Invite code',
  joining: 'Joining…',
  join: 'Join team',
  bar: {
    label: 'Team article',
    alsoEditing: 'Also editing',
    alone: 'Only you have it open',
    reviewerReadOnly:
      'You review this article: you can comment and approve or send it back, but not change its text or details.',
  },
  notSaved: 'Not saved',
  notSavedRetrying: 'Not saved: {{message}} Copydesk keeps trying.',
  moveUnsaved: 'Your latest changes are not saved yet, so the article stayed here.',
  moved: 'Moved into the team. Everyone in the team can open it now.',
  moveFailed: 'The article could not be moved into the team.',
  copied: 'Copied to this computer. The copy is yours alone.',
  copyFailed: 'The article could not be copied.',
}
