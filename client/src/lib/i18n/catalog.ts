import { boardMessages } from './messages/board.ts';
import { commonMessages } from './messages/common.ts';
import { joinMessages } from './messages/join.ts';
import { organizerMessages } from './messages/organizer.ts';
import { workspaceMessages } from './messages/workspace.ts';

/** Every interface string, by feature; each feature's file holds both languages per key. */
export const catalog = {
  ...commonMessages,
  ...joinMessages,
  ...boardMessages,
  ...organizerMessages,
  ...workspaceMessages,
};

export type MessageKey = keyof typeof catalog;
