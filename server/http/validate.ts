import { badRequest } from './errors.ts';

/** Small validators for request bodies; each names the field that is wrong. */

export function requireObject(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('Send a JSON object with Content-Type: application/json.');
  }
  return body as Record<string, unknown>;
}

export function requireText(value: unknown, field: string, maxChars: number): string {
  if (typeof value !== 'string') throw badRequest(`"${field}" must be a string.`);
  // Control characters have no place in names and titles; they break exports and terminals.
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  if (text.length === 0) throw badRequest(`"${field}" must not be empty.`);
  if (text.length > maxChars) throw badRequest(`"${field}" is longer than ${maxChars} characters.`);
  return text;
}
