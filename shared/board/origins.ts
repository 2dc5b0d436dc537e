/**
 * Typed transaction origins: every change says where it came from, so observers can tell
 * a user's edit from a load, a seed or a migration (and the provider from the server).
 */
export type LocalOrigin =
  { kind: 'local-user' } | { kind: 'seed' } | { kind: 'migration'; toVersion: number };

export const localUserOrigin: LocalOrigin = Object.freeze({ kind: 'local-user' });
export const seedOrigin: LocalOrigin = Object.freeze({ kind: 'seed' });
