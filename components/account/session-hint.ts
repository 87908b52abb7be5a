/**
 * A hint, kept in a readable cookie, of who this browser was signed in as the last time it asked
 * the server. Pages are static HTML for everyone, so the header cannot know the session when it is
 * rendered; with the hint, an inline script picks the right links (and the name) before the first
 * paint, and nothing pops in when the session itself arrives. The session stays the authority: the
 * header shows what /api/auth/session says once it has answered, and the hint follows it.
 * The hint is not a credential: it only chooses which links to draw.
 */
export const SESSION_HINT_COOKIE = "interleaf-signed-in";

/** Remembers (or forgets, with null) the signed-in name for the next page's first paint. */
export function writeSessionHint(name: string | null): void {
  const value = name === null ? "" : encodeURIComponent(name || "·");
  const age = name === null ? 0 : 60 * 60 * 24 * 30;
  document.cookie = `${SESSION_HINT_COOKIE}=${value}; path=/; max-age=${age}; samesite=lax`;
}

/**
 * Runs inline in the header before it paints: with a hint, marks <html data-session="member"> and
 * puts the name in a CSS variable that the header's name link shows until the session answers.
 * Plain ES5 with no imports, because it is sent as a string.
 */
export const applySessionHintScript = `(function(){try{
var m=document.cookie.match(/(?:^|; )${SESSION_HINT_COOKIE}=([^;]*)/);if(!m||!m[1])return;
var name=decodeURIComponent(m[1]);var root=document.documentElement;root.setAttribute("data-session","member");
root.style.setProperty("--account-name",'"'+name.replace(/[\\\\"]/g,"\\\\$&").replace(/[\\n\\r]/g," ")+'"');
}catch(e){}})();`;
