/**
 * Browsers always send Origin on websocket upgrades; other clients (tests, the bench, a
 * script) may not, and for them the token is the whole check. A browser origin must be the
 * page's own host or one configured in VONK_ALLOWED_ORIGINS.
 */
export function isOriginAllowed(
  origin: string | undefined,
  host: string | undefined,
  allowedOrigins: string[],
): boolean {
  if (origin === undefined) return true;
  if (allowedOrigins.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}
