/** What a comment's answer says when another program (a sync tool, another computer) wrote the article too. */
export const commentNotice = {
  reapplied:
    'Another program (a sync tool, another computer) changed this article meanwhile. Your comment was added to that version, so nothing is lost.',
  kept: 'Another program (a sync tool, another computer) saved this article just as your comment went in. Your comment is saved; the other version is kept in History as “Other version (changed elsewhere)”.',
}
