/** What the main side says about publishing: pre-flight checks, refusals, the outbox and live checks. */
export const publishMain = {
  checks: {
    noTarget: '“{{site}}” has no publishing set up yet. Add one in Settings → Sites → {{site}}.',
    needsApprovalDraft:
      '“{{site}}” publishes approved articles only, and this one is a draft nobody reviewed. Ask a reviewer to approve it.',
    needsApprovalInReview:
      '“{{site}}” publishes approved articles only, and this one is still in review. Ask a reviewer to approve it.',
    needsApprovalAgain:
      '“{{site}}” publishes approved articles only, and this one changed after it was approved. Ask a reviewer to approve it again.',
    notApprovedDraft: 'This article is a draft nobody reviewed. Publish it all the same?',
    notApprovedInReview: 'This article is still in review. Publish it all the same?',
    changedSinceApproval:
      'This article changed after it was approved; the changes are not reviewed. Publish it all the same?',
    missingTitle: 'Give the article a title.',
    missingSlug: 'Give the article a web address (slug) in the details panel.',
    unsafeSlug: 'The web address (slug) may only use lowercase letters, digits and single dashes.',
    emptyBody: 'The article has no text yet.',
    featuredImageAlt: 'The featured image has no description (alt text).',
    imageAlt_one:
      '{{formatted}} image has no description (alt text); people using screen readers will miss it.',
    imageAlt_other:
      '{{formatted}} images have no description (alt text); people using screen readers will miss it.',
    unknownCategory:
      '“{{site}}” has no category “{{category}}”; check the spelling or pick one of its own.',
    invalidDate: 'The publish date is not a valid date.',
    scheduled: 'Scheduled: the article goes live on {{when}}.',
    missingImage_one: 'An image is missing from the library; add it to the article again.',
    missingImage_other:
      '{{formatted}} images are missing from the library; add them to the article again.',
    siteUnreachable:
      '{{why}} Publishing now puts the article in the outbox; it goes out by itself when the site answers again.',
  },
  errors: {
    targetUnavailable:
      'Publishing to this kind of site is not available in this version of Copydesk.',
    siteGone: 'That site no longer exists in Settings → Sites.',
    noTarget: '“{{site}}” has no publishing set up yet.',
    imageMissing: 'An image of the article is missing from the library.',
    alreadySending:
      'This article is being sent to that site right now. Wait for it to finish, or cancel it.',
    notPublishedThere: 'This article has not been published to that site.',
    jobNotWaiting: 'That job is not waiting for a retry.',
    jobNoConflict: 'That job has no conflict.',
    noCategoryList: 'This kind of site keeps no category list to fetch.',
    jobGone: 'That publish job no longer exists.',
    unexpected: 'Publishing stopped because of an unexpected problem.',
    unexpectedWith: 'Publishing stopped because of an unexpected problem: {{message}}',
  },
  outbox: {
    jobNewer: 'This publish job was saved by a newer version of Copydesk; it waits for it.',
    jobDamaged: 'This publish job is damaged and was set aside.',
    listNewer: 'The publish jobs were saved by a newer version of Copydesk and were set aside.',
    listDamaged: 'The list of publish jobs could not be read and was set aside.',
  },
  http: {
    unauthorized:
      '{{site}} did not accept the saved password or key. Check it in Settings → Sites.',
    forbidden: '{{site}} refused: the saved account is not allowed to do this.',
    notFound: '{{site}} has nothing at that address. Check the address in Settings → Sites.',
    tooLarge: '{{site}} refused the article because it is too large; try smaller images.',
    tooSlow: '{{site}} took too long to answer.',
    conflict: '{{site}} holds a newer version of this post.',
    busy: '{{site}} is busy; Copydesk will try again.',
    serverError: '{{site}} had a problem (error {{status}}); Copydesk will try again.',
    refused: '{{site}} refused the request (error {{status}}).',
    cancelled: 'Publishing was cancelled.',
    noAnswerInTime: '{{site}} did not answer in time; Copydesk will try again.',
    brokeOff: 'The connection to {{site}} broke off; Copydesk will try again.',
    notFoundHost: 'Copydesk could not find {{site}}: you may be offline, or the address is wrong.',
    unreachableRetry: 'Copydesk could not reach {{site}}; it will try again when it is back.',
    unreachable: 'Copydesk could not reach {{site}}.',
    webPage:
      '{{site}} answered with a web page instead of data. The address may be wrong, or a login page is in the way.',
    unreadable: '{{site}} sent an answer Copydesk cannot read.',
  },
  /** What a plan line acts on. */
  plan: {
    post: 'Post “{{title}}”',
    page: 'Page “{{title}}”',
    image: 'Image {{name}}',
    imageDescribed: 'Image “{{alt}}”',
    category: 'Category “{{name}}”',
    tag: 'Tag “{{name}}”',
  },
  live: {
    noPage: 'There is no page at the address yet.',
    notOpen: 'The page is not open to visitors.',
    siteProblem: 'The site had a problem showing the page.',
    notShown: 'The site did not show the page.',
    oldText: 'The page is there, but not with the new text yet.',
    noAnswer: 'The site did not answer.',
  },
}
