import { analysisMessages } from './messages/analysis.ts';
import { boardMessages } from './messages/board.ts';
import { commonMessages } from './messages/common.ts';
import { evidenceMessages } from './messages/evidence.ts';
import { facilitationMessages } from './messages/facilitation.ts';
import { joinMessages } from './messages/join.ts';
import { organizerMessages } from './messages/organizer.ts';
import { outcomesMessages } from './messages/outcomes.ts';
import { ownerMessages } from './messages/owner.ts';
import { participantMessages } from './messages/participant.ts';
import { solutionsMessages } from './messages/solutions.ts';
import { setupMessages } from './messages/setup.ts';
import { workspaceMessages } from './messages/workspace.ts';

/** Every interface string, by feature; each feature's file holds both languages per key. */
export const catalog = {
  ...commonMessages,
  ...joinMessages,
  ...boardMessages,
  ...analysisMessages,
  ...organizerMessages,
  ...ownerMessages,
  ...setupMessages,
  ...workspaceMessages,
  ...evidenceMessages,
  ...solutionsMessages,
  ...facilitationMessages,
  ...participantMessages,
  ...outcomesMessages,
};

export type MessageKey = keyof typeof catalog;
