/**
 * The stand-in author of what others still need after its writer deleted their account: a note
 * others replied to (kept without its body), or a withdrawn proposal that others' notes quote. It is a
 * user row (so every author relation stays non-null and every visibility rule stays as it is)
 * that nobody can sign in as: its e-mail is not an e-mail address, so no sign-in, sign-up or
 * reset form accepts it, and it has no password and no linked sign-in.
 */
export const FORMER_MEMBER_ID = "former-member";
export const FORMER_MEMBER_EMAIL = "former-member";
export const FORMER_MEMBER_NAME = "Former member";

export function isFormerMember(author: { id: string } | null | undefined): boolean {
  return author?.id === FORMER_MEMBER_ID;
}
