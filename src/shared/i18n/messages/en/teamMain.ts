/** What the app says about the team server's answers. */
export const teamMain = {
  /** The team's name when its server gives none. */
  unnamedTeam: 'Team',
  holderPublishing: '{{name}} is publishing this article right now; try again in a moment.',
  someonePublishing: 'Another member is publishing this article right now; try again in a moment.',
  mayNotPublish: 'The team server lets only publishers and admins publish.',
  lockNoAnswer: 'The team server did not answer the publish lock.',
  noAnswer: 'The team server did not answer.',
  stoppedAnswering: 'The team server stopped answering; trying again.',
  askAdmin: '{{refusal}} An admin can invite you as a publisher.',
  joinedAs:
    'Only the team’s publishers and admins can publish team articles; you joined as {{role}}.',
  joinedAsMember:
    'Only the team’s publishers and admins can publish team articles; you joined as a member.',
}
