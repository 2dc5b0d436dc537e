import crypto from 'node:crypto';
import {
  idAlphabet,
  joinCodeAlphabet,
  joinCodeLength,
  type EventId,
  type GroupId,
  type ParticipantId,
} from '../../shared/protocol/ids.ts';

function randomString(alphabet: string, length: number): string {
  // Rejection sampling keeps every character equally likely for any alphabet size.
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    for (const byte of crypto.randomBytes(length * 2)) {
      if (byte < limit && out.length < length) out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}

export const newEventId = (): EventId => `e${randomString(idAlphabet, 11)}` as EventId;
export const newGroupId = (): GroupId => `g${randomString(idAlphabet, 7)}` as GroupId;
export const newParticipantId = (): ParticipantId => `p${randomString(idAlphabet, 11)}` as ParticipantId;
export const newJoinCode = (): string => randomString(joinCodeAlphabet, joinCodeLength);
