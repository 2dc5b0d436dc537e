export type Language = 'nl' | 'en';

/** One message in both interface languages: a key cannot exist in one language only. */
export type Message = Record<Language, string>;

export function defineMessages<const T extends Record<string, Message>>(messages: T): T {
  return messages;
}
