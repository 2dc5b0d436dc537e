/**
 * The token this browser joined with. Kept in localStorage so a closed laptop lid or a
 * browser restart comes back to the same identity and group without a new join.
 */
const storageKey = 'vonk.token';

export function saveToken(token: string): void {
  localStorage.setItem(storageKey, token);
}

export function loadToken(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export function clearToken(): void {
  localStorage.removeItem(storageKey);
}
