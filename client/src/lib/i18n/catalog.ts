import { boardMessages } from './messages/board.ts';
import { commonMessages } from './messages/common.ts';
import { joinMessages } from './messages/join.ts';
import { organizerMessages } from './messages/organizer.ts';

/** Every interface string, by feature; each feature's file holds both languages per key. */
export const catalog = {
  ...commonMessages,
  ...joinMessages,
  ...boardMessages,
  ...organizerMessages,
};

export type MessageKey = keyof typeof catalog;
