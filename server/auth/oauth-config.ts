/** Which GitHub / Google sign-ins are configured (both client id and secret set). Read at request time. */
export interface OAuthAvailability {
  github: boolean;
  google: boolean;
}

export function oauthAvailability(): OAuthAvailability {
  return {
    github: Boolean(process.env.GITHUB_CLIENT_ID && process.env.GITHUB_CLIENT_SECRET),
    google: Boolean(process.env.GOOGLE_CLIENT_ID && process.env.GOOGLE_CLIENT_SECRET),
  };
}
