/**
 * The lowest version of each dependency on the trust boundary that we accept. Each floor
 * is the release that fixed the last advisory we know of (or, where none applies to how we
 * use it, the version Vonk was verified with); test/unit/dependencies.test.ts fails when
 * any installed copy is older.
 */
export const safeVersionFloors: Record<string, { min: string; why: string }> = {
  ws: {
    min: '8.21.0',
    why: 'header-flood DoS (CVE-2024-37890, fixed 8.17.1); 8.21 is the floor Vonk is built on',
  },
  'socket.io': { min: '4.6.2', why: 'unhandled error event crash (CVE-2024-38355)' },
  'engine.io': { min: '6.4.2', why: 'uncaught exception on crafted request (CVE-2023-31125)' },
  'socket.io-parser': { min: '4.2.4', why: 'insufficient validation of packets (CVE-2023-32695)' },
  express: { min: '5.0.1', why: 'open redirect / XSS in res.redirect (CVE-2024-43796) and the 5.0.0 fixes' },
  'path-to-regexp': { min: '8.0.0', why: 'ReDoS in route patterns (CVE-2024-45296)' },
  svelte: { min: '5.57.0', why: 'the version Vonk was verified with (earlier 5.x had SSR escaping fixes)' },
  yjs: {
    min: '13.6.0',
    why: 'one Yjs 13.6 copy only: 14 is a prerelease and two copies break constructor checks',
  },
};
