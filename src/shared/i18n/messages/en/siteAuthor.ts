/** What a publish plan says about the article's author on a CMS (WordPress, Ghost). */
export const siteAuthor = {
  unmatchedKeeps:
    'No user of the site called “{{author}}” could be found, so the post keeps the author it has.',
  unmatchedPublisher:
    'No user of the site called “{{author}}” could be found, so the post gets the account publishing as its author.',
  unmatchedOwner:
    'No user of the site called “{{author}}” could be found, so the post gets the site’s owner as its author.',
}
