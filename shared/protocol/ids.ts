/**
 * Identifiers minted by the server. Their alphabets are strict so that a doc name or id
 * from a client can be checked with a regular expression before any I/O.
 */
export const idAlphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
/** Join codes are read aloud and typed: no 0/O, 1/I/L. */
export const joinCodeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const joinCodeLength = 6;

const idChars = `[${idAlphabet}]`;
export const eventIdPattern = new RegExp(`^e${idChars}{11}$`);
export const groupIdPattern = new RegExp(`^g${idChars}{7}$`);
export const participantIdPattern = new RegExp(`^p${idChars}{11}$`);
export const joinCodePattern = new RegExp(`^[${joinCodeAlphabet}]{${joinCodeLength}}$`);

export type EventId = string & { readonly __brand: 'EventId' };
export type GroupId = string & { readonly __brand: 'GroupId' };
export type ParticipantId = string & { readonly __brand: 'ParticipantId' };

export function isEventId(value: unknown): value is EventId {
  return typeof value === 'string' && eventIdPattern.test(value);
}
export function isGroupId(value: unknown): value is GroupId {
  return typeof value === 'string' && groupIdPattern.test(value);
}
export function isParticipantId(value: unknown): value is ParticipantId {
  return typeof value === 'string' && participantIdPattern.test(value);
}

/** Joins are typed by people: accept lower case, spaces and dashes. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}
