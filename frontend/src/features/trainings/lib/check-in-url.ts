/**
 * The address a check-in QR code carries: the SPA's check-in page with the session and its code, so a phone that
 * scans it lands (after signing in) on the page with the code filled in and that session's people first.
 */
export function checkInUrl(origin: string, sessionId: number, code: string): string {
  const params = new URLSearchParams({ session: String(sessionId), code });
  return `${origin}/trainings/check-in?${params.toString()}`;
}
