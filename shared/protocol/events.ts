import type { GroupId, ParticipantId } from './ids.ts';

/**
 * socket.io event maps, shared by server and client. The server decides everything sent
 * on this channel; clients only ask.
 */

export interface OnlineMember {
  participantId: ParticipantId | null;
  name: string;
  role: string;
}

export interface GroupPresence {
  groupId: GroupId;
  members: OnlineMember[];
}

export interface ControlError {
  code: 'unauthorized' | 'forbidden' | 'bad-request' | 'rate-limited';
  message: string;
}

export interface ServerToClientEvents {
  /** Who is online, per group the receiver may see; sent on connect and on every change. */
  presence: (groups: GroupPresence[]) => void;
  'control:error': (error: ControlError) => void;
}

export interface ClientToServerEvents {
  /** Ask for the current presence again (e.g. after the tab was hidden). */
  'presence:refresh': () => void;
}

export interface HandshakeAuth {
  token: string;
}
