/** What the publish targets (git, WordPress, Ghost, webhook) say: plans, checks and refusals. */
export const targetsMain = {
  timeout_one: '{{host}} did not answer within {{formatted}} second. Copydesk will try again.',
  timeout_other: '{{host}} did not answer within {{formatted}} seconds. Copydesk will try again.',
  git: {
    tokenRejected:
      'The site rejected the access token. Check the user name and token in the site settings.',
    tokenForbidden:
      'The site refused access with this token. Check that the token may write to the repository.',
    noRepository: 'There is no repository at this address.',
    tooLarge: 'The site refused the upload as too large.',
    serverProblem: 'The site’s repository server had a problem. Copydesk will try again.',
    unreachable:
      'Could not reach the site’s repository. Copydesk will try again when the connection is back.',
    timeout: 'The site’s repository did not answer in time.',
    notGit: 'The address does not answer like a git repository.',
    unexpected: 'Publishing to the repository failed unexpectedly.',
    noBranch: 'The repository has no branch “{{branch}}”. Check the branch in the site settings.',
    pathTaken: 'Another post already uses {{path}}. Change the article’s slug.',
    keptChanging: 'The site’s repository kept changing while publishing. Copydesk will try again.',
    postGone: '{{path}} is no longer on the site.',
    unsafePostPath:
      'The post path “{{path}}” is not a safe place in the repository. Check the path templates in the site settings.',
    unsafeImagePath:
      'The image path “{{path}}” is not a safe place in the repository. Check the path templates in the site settings.',
    notGitSite: '“{{site}}” does not publish to a git repository.',
    slugTaken: 'Another post on the site already uses this address ({{path}}). Change the slug.',
    repoUnreachable:
      'The site’s repository cannot be reached now; the slug is checked again when publishing.',
    noFrontMatter:
      'Copydesk cannot read the front matter of {{path}}, so it cannot mark it as a draft. Remove the post instead.',
    saveToken: 'Save an access token for this site before publishing.',
    removedThere:
      'Someone removed {{path}} from the site since it was last published from Copydesk.',
    changedThere: 'Someone changed {{path}} on the site since it was last published from Copydesk.',
    plan: {
      nothing: 'Nothing to change: {{where}} already has this version.',
      add: 'Adds {{path}} on {{where}}.',
      update: 'Updates {{path}} on {{where}}.',
      move: 'Moves the post to {{path}} on {{where}}.',
      images: 'Updates {{where}}.',
      addWithImages_one: 'Adds {{path}} and {{formatted}} image on {{where}}.',
      addWithImages_other: 'Adds {{path}} and {{formatted}} images on {{where}}.',
      updateWithImages_one: 'Updates {{path}} and {{formatted}} image on {{where}}.',
      updateWithImages_other: 'Updates {{path}} and {{formatted}} images on {{where}}.',
      moveWithImages_one: 'Moves the post to {{path}} and {{formatted}} image on {{where}}.',
      moveWithImages_other: 'Moves the post to {{path}} and {{formatted}} images on {{where}}.',
      imagesWithImages_one: 'Adds {{formatted}} image on {{where}}.',
      imagesWithImages_other: 'Adds {{formatted}} images on {{where}}.',
      flattened:
        'The text changed: the post’s shortcodes and HTML that the editor shows as text ({{shown}}) are written back as plain text, so the site shows them as typed instead of building them.',
    },
    scheduled: {
      hugo: 'Dated {{when}} UTC: Hugo leaves future posts out until the site is rebuilt after that time (unless it builds with --buildFuture).',
      jekyll:
        'Dated {{when}} UTC: Jekyll leaves future posts out until the site is rebuilt after that time (unless its settings say future: true).',
      rebuilt:
        'Dated {{when}} UTC: the site shows the post as soon as it is rebuilt, with this date, unless its templates hide future posts.',
      custom:
        'Dated {{when}} UTC: whether the post appears before that date depends on the site’s generator.',
    },
    test: {
      empty:
        'Connected. The repository is empty; the first publish creates the branch “{{branch}}”.',
      noBranch: 'Connected, but the repository has no branch “{{branch}}”.',
      readOnly:
        'The token can read the repository but the site does not let it publish (no write access).',
      connected: 'Connected to branch “{{branch}}”; the site accepts publishing with this token.',
      unreachable: 'Could not reach {{host}}. Check the address and the network connection.',
      unexpected: 'The connection test failed unexpectedly.',
    },
    preset: {
      description:
        '{{generator}} needs a description in every post, or the site will not build. Write an excerpt (or an SEO description) in the details panel.',
      descriptionKey:
        '{{generator}} needs a description in every post, but the site settings leave its front matter key empty.',
      image:
        '{{generator}} needs a featured image in every post, or the site will not build. Choose a featured image in the details panel.',
      imageKey:
        '{{generator}} needs a featured image in every post, but the site settings leave its front matter key empty.',
    },
  },
  build: {
    notInstalledNote:
      'The site’s build is not checked: {{generator}} is not installed on this computer.',
    require:
      'Before sending, Copydesk builds the site with {{generator}}; if the build fails, nothing is sent.',
    show: 'Before sending, Copydesk builds the site with {{generator}} and shows whether it built.',
    requireOwn:
      'Before sending, Copydesk builds the site with its generator; if the build fails, nothing is sent.',
    showOwn:
      'Before sending, Copydesk builds the site with its generator and shows whether it built.',
    refused: 'The site does not build with this change, so nothing was sent.',
    says: '{{generator}} says: {{message}}',
    saysAt: '{{generator}} says ({{place}}): {{message}}',
    failedPlain: 'the build failed.',
    noReason: 'The build failed without saying why.',
    notInstalled: '{{generator}} is not installed on this computer.',
    notInstalledHere:
      '{{generator}} is not installed for this site on this computer (run “npm install” in {{folder}} to check its builds).',
    unknownGenerator: 'the site’s generator',
    whichGenerator: 'Copydesk cannot tell which generator builds this site.',
    submodule:
      'The site takes {{path}} from another repository (a git submodule), which Copydesk does not download, so its build is not checked.',
    tooLong: '{{generator}} took longer than 3 minutes; the build was stopped.',
  },
  wordpress: {
    loginRejected:
      'WordPress did not accept the username or application password. Check them in the site settings.',
    loginRejectedHttp:
      'WordPress did not accept the username or application password. Check them in the site settings. WordPress accepts application passwords only over https://, so check the site address too.',
    restDisabled: 'This WordPress site has its REST API turned off.',
    notAllowed:
      'WordPress does not allow the user “{{user}}” to {{action}}. Ask the site’s administrator for the Author or Editor role.',
    noRoute:
      'This WordPress site does not offer the API Copydesk needs; its REST API may be turned off.',
    notFound: 'WordPress could not find what Copydesk asked for.',
    tooLarge:
      'The image is larger than the WordPress site accepts. Use a smaller image, or ask the site to raise its upload limit.',
    conflict: 'WordPress reported a conflict with the existing post.',
    serverProblem: 'The WordPress site had a problem on its side. Copydesk will try again.',
    refused: 'WordPress refused to {{action}}.',
    refusedWith: 'WordPress refused to {{action}} ({{detail}}).',
    loginPage:
      'The site answered with its login page instead of data: a security plugin or the host is blocking the WordPress API.',
    webPage: 'The site answered with a web page instead of WordPress data. Check the site address.',
    hostNotFound: 'Could not find {{host}}. Check the site address and your connection.',
    connectionRefused: '{{host}} refused the connection. Is the site up?',
    brokeOff:
      'The connection to {{host}} broke off before WordPress answered. Copydesk will try again.',
    restOff:
      'This is a WordPress site, but its REST API is turned off. Copydesk needs it to publish.',
    notWordPress: '{{host}} does not look like a WordPress site. Check the site address.',
    redirected: 'The site redirected the request elsewhere. Check the site address (https, www).',
    badAddress: 'The WordPress site address is not a valid web address.',
    httpsAddress: 'The WordPress site address must start with https://.',
    addAddress: 'Add the WordPress address and username for {{site}} in its settings.',
    savePassword: 'Save the WordPress application password for {{site}} in its settings.',
    featuredRemote:
      'The featured image is a web address, not an image in the article; WordPress will show the post without one.',
    deletedSinceOpened:
      'This post was deleted on the site since it was opened in Copydesk. Restore it there, or publish the article as a new post from a copy.',
    changedSinceOpened: 'Someone changed this post on the site since it was opened in Copydesk.',
    foreignBlocksNote:
      'The post uses WordPress blocks the editor cannot show ({{blocks}}). They stay as they are on the site until you change the text; an Update with a changed text replaces them, and Copydesk says so before it does.',
    /** What a request was for, finishing "… does not allow the user to …". */
    actions: {
      readMediaLibrary: 'read the media library',
      uploadImages: 'upload images',
      readUsers: 'read the site’s users',
      listUsers: 'list users',
      readPosts: 'read posts',
      readTerms: 'read categories and tags',
      readMedia: 'read media',
      readCategories: 'read categories',
      readTags: 'read tags',
      createCategories: 'create categories',
      createTags: 'create tags',
      describeImages: 'describe images',
      editPosts: 'edit posts',
      deletePosts: 'delete posts',
      writePosts: 'write posts',
      publishPosts: 'publish posts',
      reachSite: 'reach the site',
      readSite: 'read the site',
      signIn: 'sign in',
    },
    roles: {
      administrator: 'Administrator',
      editor: 'Editor',
      author: 'Author',
      contributor: 'Contributor',
      subscriber: 'Subscriber',
    },
    test: {
      thisUser: 'this user',
      mayNotPublish:
        'Connected to “{{site}}” as {{as}}, but this user may not publish posts. Ask the site’s administrator for the Author or Editor role.',
      mayNotUpload: 'Connected to “{{site}}” as {{as}}, but this user may not upload images.',
      connected: 'Connected to “{{site}}” as {{as}}.',
      connectedNoCategories:
        'Connected to “{{site}}” as {{as}}. New categories must be added on the site by an editor.',
    },
    plan: {
      create: 'Creates the post on {{site}}.',
      update: 'Updates the post on {{site}}.',
      createWithImages_one: 'Creates the post on {{site}} and uploads {{formatted}} image.',
      createWithImages_other: 'Creates the post on {{site}} and uploads {{formatted}} images.',
      updateWithImages_one: 'Updates the post on {{site}} and uploads {{formatted}} image.',
      updateWithImages_other: 'Updates the post on {{site}} and uploads {{formatted}} images.',
      editedThere:
        'The post was changed in WordPress since it was last published from here; publishing replaces those changes.',
      blocksLost:
        'The text changed: the post’s WordPress blocks are replaced by plain HTML, and the blocks the editor cannot show ({{blocks}}) are lost.',
      blocksFlattened:
        'The text changed: the post’s WordPress blocks are replaced by the same content as plain HTML.',
    },
  },
  ghost: {
    notGhost: '{{host}} did not answer like a Ghost site.',
    redirected:
      '{{host}} redirected the request. Check the Admin API URL (it should be the address you open Ghost admin on, without /ghost).',
    badAdminUrl: 'The Ghost Admin API URL is not a web address.',
    httpsAdminUrl: 'The Ghost Admin API URL must start with https://.',
    webPage: '{{host}} answered with a web page instead of Ghost’s API. Check the Admin API URL.',
    keyRejected:
      '{{host}} rejected the Admin API key. Create a custom integration in Ghost and paste its Admin API key again.',
    collision: 'Someone changed this post in Ghost since Copydesk last published it.',
    noSuchPost: '{{host}} has no such post or page any more.',
    tooLarge: '{{host}} refused the upload because it is too large.',
    keyUnreadable: '{{host}} could not read the Admin API key. Paste it again.',
    invalidPost: 'Ghost did not accept the post: validation failed.',
    invalidPostWith: 'Ghost did not accept the post: {{detail}}.',
    serverProblem: '{{host}} had a problem (server error {{status}}). Copydesk will try again.',
    refused: '{{host}} refused the request ({{status}}).',
    unreachable: 'Could not reach {{host}}. Copydesk will try again when it is back.',
    postGone: 'The site has no such post any more.',
    pageGone: 'The site has no such page any more.',
    badKey:
      'That does not look like a Ghost Admin API key. Copy it from Ghost → Settings → Integrations (it reads “id:secret”).',
    postDeletedSinceOpened:
      'This post was deleted in Ghost since it was opened in Copydesk. Restore it there, or publish the article as a new post from a copy.',
    pageDeletedSinceOpened:
      'This page was deleted in Ghost since it was opened in Copydesk. Restore it there, or publish the article as a new post from a copy.',
    postChangedSinceOpened:
      'Someone changed this post in Ghost since it was opened in Copydesk. Compare both versions, then overwrite it or keep theirs.',
    pageChangedSinceOpened:
      'Someone changed this page in Ghost since it was opened in Copydesk. Compare both versions, then overwrite it or keep theirs.',
    connected: 'Connected to “{{site}}” (Ghost {{version}}).',
    primaryTag: 'Ghost has no categories: “{{category}}” becomes the post’s primary tag.',
    featuredAlt: 'The featured image has no alt text.',
    notGhostSite: 'This site does not publish to Ghost.',
    pasteKey: 'Paste the Ghost Admin API key in the site settings first.',
    changedAfterPublish:
      '“{{title}}” was changed in Ghost after Copydesk last published it. Compare both versions, then overwrite or stop.',
    plan: {
      create: 'Creates the post “{{title}}” on {{site}}.',
      update: 'Updates the post “{{title}}” on {{site}}.',
      createWithImages_one:
        'Creates the post “{{title}}” on {{site}} and uploads {{formatted}} image.',
      createWithImages_other:
        'Creates the post “{{title}}” on {{site}} and uploads {{formatted}} images.',
      updateWithImages_one:
        'Updates the post “{{title}}” on {{site}} and uploads {{formatted}} image.',
      updateWithImages_other:
        'Updates the post “{{title}}” on {{site}} and uploads {{formatted}} images.',
    },
  },
  webhook: {
    name: 'the webhook',
    notWebhook: '“{{site}}” is not set up as a webhook site.',
    saveSecretFirst: 'Save the signing secret for this webhook first.',
    answered: 'The webhook at {{host}} answered.',
    badUrl: 'The webhook address is not a web address (https://…). Fix it in Settings → Sites.',
    insecure: 'The webhook address is not encrypted (http); the article travels readable.',
    imageBase: 'Set where the site serves images (image base address) in Settings → Sites.',
    saveSecret: 'Save the signing secret for this webhook in Settings → Sites.',
    planSend: 'Sends “{{title}}” to the webhook at {{host}}{{images}}.',
    planUpdate: 'Sends an update of “{{title}}” to the webhook at {{host}}{{images}}.',
    withImages_one: ' with {{formatted}} image',
    withImages_other: ' with {{formatted}} images',
  },
}
