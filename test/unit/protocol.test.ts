import { describe, expect, it } from 'vitest';
import { isOriginAllowed } from '../../server/http/origin.ts';
import {
  docName,
  eventDocName,
  groupDocName,
  parseDocName,
  type DocRef,
} from '../../shared/protocol/docNames.ts';
import {
  idAlphabet,
  isEventId,
  isGroupId,
  isParticipantId,
  joinCodeAlphabet,
  joinCodePattern,
  normalizeJoinCode,
  type EventId,
  type GroupId,
  type ParticipantId,
} from '../../shared/protocol/ids.ts';
import { docAccess, roles, type Claims, type DocAccess, type Role } from '../../shared/protocol/roles.ts';

const eventId = 'eabcdefghijk' as EventId;
const otherEventId = 'emnpqrstuvwx' as EventId;
const groupId = 'gabcdefg' as GroupId;
const otherGroupId = 'gyz23456' as GroupId;
const participantId = 'pabcdefghijk' as ParticipantId;

describe('ids', () => {
  it('accept every character of the id alphabet and nothing outside it', () => {
    expect(idAlphabet).toHaveLength(32);
    // Every alphabet character, in every position class, in some id.
    for (let i = 0; i < idAlphabet.length; i++) {
      const rotated = idAlphabet.slice(i) + idAlphabet.slice(0, i);
      expect(isEventId(`e${rotated.slice(0, 11)}`)).toBe(true);
      expect(isGroupId(`g${rotated.slice(0, 7)}`)).toBe(true);
      expect(isParticipantId(`p${rotated.slice(0, 11)}`)).toBe(true);
    }
    for (const excluded of ['l', 'o', '0', '1', 'A', '_', '-', 'é']) {
      expect(isEventId(`eabcdefghij${excluded}`), excluded).toBe(false);
    }
    expect(isEventId('eabcdefghij')).toBe(false);
    expect(isEventId('eabcdefghijkm')).toBe(false);
    expect(isGroupId('pabcdefg')).toBe(false);
    expect(isParticipantId(eventId)).toBe(false);
    expect(isEventId(42)).toBe(false);
    expect(isEventId(null)).toBe(false);
  });
});

describe('parseDocName', () => {
  const groupName = `g/${eventId}/${groupId}`;
  const eventName = `e/${eventId}`;

  it('accepts exactly the names the server mints, and round-trips them', () => {
    expect(parseDocName(groupName)).toEqual({ kind: 'group', eventId, groupId });
    expect(parseDocName(eventName)).toEqual({ kind: 'event', eventId });
    expect(groupDocName(eventId, groupId)).toBe(groupName);
    expect(eventDocName(eventId)).toBe(eventName);
    for (const name of [groupName, eventName, `g/${otherEventId}/${otherGroupId}`]) {
      expect(docName(parseDocName(name)!)).toBe(name);
    }
  });

  it('refuses hostile and malformed names', () => {
    const hostile = [
      '',
      '/',
      'e',
      'e/',
      'g/',
      'g//',
      '../etc/passwd',
      'g/../../x',
      `g/${eventId}/../${groupId}`,
      `e/${eventId}/..`,
      `g/${eventId}/${groupId}/extra`,
      `g/${eventId}/${groupId}/`,
      `/g/${eventId}/${groupId}`,
      `e/${eventId}/`,
      `e//${eventId}`,
      `g/${eventId}`,
      `e/${eventId}/${groupId}`,
      `g/${groupId}/${eventId}`,
      `e/${groupId}`,
      `E/${eventId}`,
      `G/${eventId}/${groupId}`,
      `x/${eventId}`,
      `g\\${eventId}\\${groupId}`,
      `g%2F${eventId}%2F${groupId}`,
      `g/${eventId}%2F${groupId}`,
      `e%2F${eventId}`,
      `e/${eventId}%00`,
      `e/${eventId}\u0000`,
      `e/${eventId}\n`,
      ` e/${eventId}`,
      `e/${eventId} `,
      // Unicode look-alikes: Cyrillic е and а, a fullwidth solidus, a division slash.
      `\u0435/${eventId}`,
      'e/e\u0430bcdefghijk',
      `e\uff0f${eventId}`,
      `g\u2215${eventId}\u2215${groupId}`,
      `e/${eventId.toUpperCase()}`,
      '__proto__',
      'constructor',
      'e/__proto__',
      `g/${eventId}/__proto__`,
      `e/${'a'.repeat(10_000)}`,
      `g/${eventId}/${groupId}${'/x'.repeat(5_000)}`,
      'e/'.repeat(100_000),
    ];
    for (const name of hostile) {
      expect(parseDocName(name), JSON.stringify(name.slice(0, 60))).toBeNull();
    }
  });

  it('refuses ids that are one character short or long', () => {
    expect(parseDocName(`e/${eventId.slice(0, -1)}`)).toBeNull();
    expect(parseDocName(`e/${eventId}m`)).toBeNull();
    expect(parseDocName(`g/${eventId}/${groupId.slice(0, -1)}`)).toBeNull();
    expect(parseDocName(`g/${eventId}/${groupId}m`)).toBeNull();
  });
});

describe('docAccess', () => {
  const refs = {
    ownGroup: { kind: 'group', eventId, groupId },
    otherGroup: { kind: 'group', eventId, groupId: otherGroupId },
    event: { kind: 'event', eventId },
    otherEvent: { kind: 'event', eventId: otherEventId },
    // The same group id in another event must not open anything.
    otherEventGroup: { kind: 'group', eventId: otherEventId, groupId },
  } satisfies Record<string, DocRef>;

  // The rules of shared/protocol/roles.ts, spelled out: changing them must change this table.
  const columns = ['ownGroup', 'otherGroup', 'event', 'otherEvent', 'otherEventGroup'] as const;
  const table: Record<Role, readonly DocAccess[]> = {
    //                own group, other group, event doc, other event, other event's group
    participant: ['write', 'none', 'read', 'none', 'none'],
    facilitator: ['write', 'write', 'read', 'none', 'none'],
    'problem-owner': ['read', 'read', 'write', 'none', 'none'],
    organizer: ['write', 'write', 'write', 'none', 'none'],
    projector: ['read', 'read', 'read', 'none', 'none'],
  };

  function claimsFor(role: Role): Claims {
    return role === 'participant'
      ? { role, eventId, groupId, participantId, issuedAtMs: 1 }
      : { role, eventId, issuedAtMs: 1 };
  }

  it('covers every role and every kind of doc', () => {
    expect(Object.keys(table).sort()).toEqual([...roles].sort());
    expect(Object.keys(refs)).toEqual([...columns]);
  });

  for (const role of roles) {
    for (const [i, column] of columns.entries()) {
      const expected = table[role][i]!;
      it(`${role} → ${column}: ${expected}`, () => {
        expect(docAccess(claimsFor(role), refs[column])).toBe(expected);
      });
    }
  }

  it('a participant claim without a group opens no group board', () => {
    const claims: Claims = { role: 'participant', eventId, issuedAtMs: 1 };
    expect(docAccess(claims, refs.ownGroup)).toBe('none');
    expect(docAccess(claims, refs.event)).toBe('read');
  });
});

describe('normalizeJoinCode', () => {
  it('accepts lower case, spaces and dashes as people type them', () => {
    const cases: [string, string][] = [
      ['ABC234', 'ABC234'],
      ['abc234', 'ABC234'],
      ['abc-234', 'ABC234'],
      [' ab c2 34 ', 'ABC234'],
      ['a-b-c-2-3-4', 'ABC234'],
      ['abc\t234\n', 'ABC234'],
      ['abc\u00a0234', 'ABC234'],
      ['--', ''],
      ['', ''],
    ];
    for (const [input, expected] of cases) {
      expect(normalizeJoinCode(input), JSON.stringify(input)).toBe(expected);
    }
    expect(joinCodePattern.test(normalizeJoinCode(' hjk-mn9 '))).toBe(true);
  });

  it('does not turn look-alike characters into valid codes', () => {
    // Normalizing is not validating: the ambiguous characters stay and the pattern refuses.
    for (const input of ['abc0o1', 'ilabcd', 'abc_234', 'abc.234', 'abc2345', 'abc23']) {
      expect(joinCodePattern.test(normalizeJoinCode(input)), input).toBe(false);
    }
    expect(normalizeJoinCode('abc0o1')).toBe('ABC0O1');
    for (const excluded of ['0', 'O', '1', 'I', 'L']) expect(joinCodeAlphabet).not.toContain(excluded);
  });
});

describe('isOriginAllowed', () => {
  const cases: [string | undefined, string | undefined, string[], boolean, string][] = [
    [undefined, 'vonk.example', [], true, 'no Origin (not a browser)'],
    ['https://vonk.example', 'vonk.example', [], true, 'same host'],
    ['http://localhost:5173', 'localhost:5173', [], true, 'same host and port'],
    ['https://VONK.example', 'vonk.example', [], true, 'origin host case is normalized'],
    ['https://vonk.example:443', 'vonk.example', [], true, 'default port dropped'],
    ['http://localhost:5173', 'localhost:3000', [], false, 'other port'],
    ['https://evil.example', 'vonk.example', [], false, 'other host'],
    ['https://vonk.example.evil.example', 'vonk.example', [], false, 'suffix trick'],
    ['https://evilvonk.example', 'vonk.example', [], false, 'prefix trick'],
    ['https://vonk.example', undefined, [], false, 'no Host header'],
    ['null', 'vonk.example', [], false, 'opaque origin'],
    ['not a url', 'vonk.example', [], false, 'garbage origin'],
    ['', 'vonk.example', [], false, 'empty origin'],
    ['http://localhost:5173', 'localhost:3000', ['http://localhost:5173'], true, 'configured origin'],
    ['http://localhost:5174', 'localhost:3000', ['http://localhost:5173'], false, 'not the configured one'],
    ['https://localhost:5173', 'localhost:3000', ['http://localhost:5173'], false, 'other scheme'],
    ['http://localhost:5173/', 'localhost:3000', ['http://localhost:5173'], false, 'exact match only'],
  ];

  for (const [origin, host, allowed, expected, what] of cases) {
    it(`${what}: ${String(origin)} on ${String(host)} → ${expected}`, () => {
      expect(isOriginAllowed(origin, host, allowed)).toBe(expected);
    });
  }
});
