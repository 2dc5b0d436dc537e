import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bearerToken, TokenService } from '../../server/auth/tokens.ts';
import { RateLimiter } from '../../server/realtime/rateLimiter.ts';
import type { EventId, GroupId, ParticipantId } from '../../shared/protocol/ids.ts';
import { mintableRoles, type Claims } from '../../shared/protocol/roles.ts';

const secret = 'test-secret-with-enough-entropy-0123456789';
const eventId = 'eabcdefghijk' as EventId;
const groupId = 'gabcdefg' as GroupId;
const participantId = 'pabcdefghijk' as ParticipantId;
const issuedAtMs = 1_750_000_000_000;

const participant: Claims = { role: 'participant', eventId, groupId, participantId, issuedAtMs };

/** A token built the way TokenService builds one, from any payload: proves what verify checks. */
function handMade(payload: unknown, key = secret): string {
  const encoded = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const mac = crypto.createHmac('sha256', key).update(encoded).digest('base64url');
  return `${encoded}.${mac}`;
}

function parts(token: string): { payload: string; mac: string } {
  const [payload, mac, ...rest] = token.split('.');
  expect(rest).toEqual([]);
  return { payload: payload!, mac: mac! };
}

/** Replaces the character at `index` with a different base64url character. */
function flip(text: string, index: number): string {
  const replacement = text[index] === 'A' ? 'B' : 'A';
  return text.slice(0, index) + replacement + text.slice(index + 1);
}

describe('TokenService', () => {
  const tokens = new TokenService(secret);

  it('round-trips a participant token', () => {
    const token = tokens.sign(participant);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(tokens.verify(token)).toEqual(participant);
  });

  for (const role of mintableRoles) {
    it(`round-trips a ${role} token, without group or participant`, () => {
      const claims: Claims = { role, eventId, issuedAtMs };
      const verified = tokens.verify(tokens.sign(claims));
      expect(verified).toEqual(claims);
      expect(verified).not.toHaveProperty('groupId');
      expect(verified).not.toHaveProperty('participantId');
    });
  }

  it('drops group and participant from staff claims', () => {
    const token = tokens.sign({ role: 'organizer', eventId, groupId, participantId, issuedAtMs });
    expect(tokens.verify(token)).toEqual({ role: 'organizer', eventId, issuedAtMs });
  });

  it('is verified by another instance with the same secret (a restarted server)', () => {
    expect(new TokenService(secret).verify(tokens.sign(participant))).toEqual(participant);
  });

  it('refuses a token signed with another secret', () => {
    const other = new TokenService('another-secret');
    expect(tokens.verify(other.sign(participant))).toBeNull();
    expect(other.verify(tokens.sign(participant))).toBeNull();
    expect(
      tokens.verify(handMade({ r: 'organizer', e: eventId, i: issuedAtMs }, 'another-secret')),
    ).toBeNull();
  });

  it('refuses a token whose payload was changed', () => {
    const { payload, mac } = parts(tokens.sign(participant));
    const raised = Buffer.from(
      JSON.stringify({ r: 'organizer', e: eventId, g: groupId, p: participantId, i: issuedAtMs }),
    ).toString('base64url');
    expect(tokens.verify(`${raised}.${mac}`)).toBeNull();
    expect(tokens.verify(`${flip(payload, 5)}.${mac}`)).toBeNull();
    expect(tokens.verify(`${payload}x.${mac}`)).toBeNull();
    expect(tokens.verify(`${payload.slice(0, -1)}.${mac}`)).toBeNull();
  });

  it('refuses a token whose signature was changed', () => {
    const { payload, mac } = parts(tokens.sign(participant));
    // Inner characters carry six signature bits each, so any change there is a different MAC.
    for (const index of [0, 10, 21, 41]) {
      expect(tokens.verify(`${payload}.${flip(mac, index)}`), `flipped at ${index}`).toBeNull();
    }
    expect(tokens.verify(`${payload}.${mac.slice(0, -2)}`)).toBeNull();
    expect(tokens.verify(`${payload}.${mac}${mac.slice(0, 4)}`)).toBeNull();
    expect(tokens.verify(`${payload}.`)).toBeNull();
    expect(
      tokens.verify(`${payload}.${parts(tokens.sign({ ...participant, issuedAtMs: 2 })).mac}`),
    ).toBeNull();
  });

  it('refuses garbage strings', () => {
    const garbage = [
      '',
      '.',
      '..',
      'abc',
      '.abc',
      'abc.',
      'a.b.c',
      'null.null',
      '{}.{}',
      'Bearer x',
      '\u0000.\u0000',
    ];
    for (const token of garbage) expect(tokens.verify(token), JSON.stringify(token)).toBeNull();
  });

  it('refuses non-strings', () => {
    const token = tokens.sign(participant);
    for (const value of [undefined, null, 0, 42, true, {}, [], [token], { token }, Buffer.from(token)]) {
      expect(tokens.verify(value), String(value)).toBeNull();
    }
  });

  it('refuses a correctly signed token over 600 characters, and accepts the same claims under it', () => {
    const claims = { r: 'organizer', e: eventId, i: issuedAtMs };
    const short = handMade({ ...claims, pad: 'x'.repeat(100) });
    const long = handMade({ ...claims, pad: 'x'.repeat(600) });
    expect(short.length).toBeLessThanOrEqual(600);
    expect(long.length).toBeGreaterThan(600);
    expect(tokens.verify(short)).toEqual({ role: 'organizer', eventId, issuedAtMs });
    expect(tokens.verify(long)).toBeNull();
    expect(tokens.verify('a'.repeat(100_000))).toBeNull();
  });

  it('checks the claims inside a correctly signed payload', () => {
    // Control: the hand-made route does produce accepted tokens.
    expect(
      tokens.verify(handMade({ r: 'participant', e: eventId, g: groupId, p: participantId, i: 1 })),
    ).toEqual({
      role: 'participant',
      eventId,
      groupId,
      participantId,
      issuedAtMs: 1,
    });

    const refused: [string, unknown][] = [
      ['participant without group', { r: 'participant', e: eventId, p: participantId, i: 1 }],
      ['participant without participant id', { r: 'participant', e: eventId, g: groupId, i: 1 }],
      ['participant without either', { r: 'participant', e: eventId, i: 1 }],
      ['participant with a bad group', { r: 'participant', e: eventId, g: 'g/../x', p: participantId, i: 1 }],
      [
        'participant with a bad participant id',
        { r: 'participant', e: eventId, g: groupId, p: eventId, i: 1 },
      ],
      ['unknown role', { r: 'admin', e: eventId, i: 1 }],
      ['role in another case', { r: 'Organizer', e: eventId, i: 1 }],
      ['no role', { e: eventId, i: 1 }],
      ['bad event id', { r: 'organizer', e: 'e/../../x', i: 1 }],
      ['no event id', { r: 'organizer', i: 1 }],
      ['issuedAt as string', { r: 'organizer', e: eventId, i: '1' }],
      ['no issuedAt', { r: 'organizer', e: eventId }],
      ['null payload', null],
      ['array payload', [{ r: 'organizer', e: eventId, i: 1 }]],
      ['string payload', 'organizer'],
      ['number payload', 7],
    ];
    for (const [what, payload] of refused) expect(tokens.verify(handMade(payload)), what).toBeNull();
  });

  it('refuses a correctly signed payload that is not JSON', () => {
    const encoded = Buffer.from('{"r":"organizer",').toString('base64url');
    const mac = crypto.createHmac('sha256', secret).update(encoded).digest('base64url');
    expect(tokens.verify(`${encoded}.${mac}`)).toBeNull();
  });

  it('ignores an own __proto__ key in the payload', () => {
    const payload = JSON.parse(`{"r":"organizer","e":"${eventId}","i":1,"__proto__":{"r":"participant"}}`);
    const verified = tokens.verify(handMade(payload));
    expect(verified).toEqual({ role: 'organizer', eventId, issuedAtMs: 1 });
    expect(({} as Record<string, unknown>).r).toBeUndefined();
  });
});

describe('bearerToken', () => {
  const cases: [string | undefined, string | null][] = [
    ['Bearer abc.def', 'abc.def'],
    ['bearer abc.def', 'abc.def'],
    ['BEARER abc.def', 'abc.def'],
    ['Bearer    abc.def', 'abc.def'],
    ['Bearer\tabc.def', 'abc.def'],
    [undefined, null],
    ['', null],
    ['Bearer', null],
    ['Bearer ', null],
    ['Bearer abc def', null],
    ['Bearer abc.def ', null],
    [' Bearer abc.def', null],
    ['Bearer abc.def\n', null],
    ['Basic dXNlcjpwYXNz', null],
    ['Bearerabc.def', null],
    ['abc.def', null],
  ];
  for (const [header, expected] of cases) {
    it(`${JSON.stringify(header)} → ${JSON.stringify(expected)}`, () => {
      expect(bearerToken(header)).toBe(expected);
    });
  }
});

describe('RateLimiter', () => {
  function clock(): { now: () => number; advance: (ms: number) => void } {
    let ms = 1_000_000;
    return { now: () => ms, advance: (by) => void (ms += by) };
  }

  function takeAll(limiter: RateLimiter, times: number): boolean[] {
    return Array.from({ length: times }, () => limiter.take());
  }

  it('allows a burst of rate × burstSeconds, then refuses', () => {
    const time = clock();
    const limiter = new RateLimiter(2, 5, time.now);
    expect(takeAll(limiter, 10)).toEqual(Array(10).fill(true));
    expect(takeAll(limiter, 3)).toEqual([false, false, false]);
  });

  it('refills at the rate, by fractions of a token', () => {
    const time = clock();
    const limiter = new RateLimiter(2, 5, time.now);
    takeAll(limiter, 10);

    time.advance(250);
    expect(limiter.take()).toBe(false);
    time.advance(250);
    expect(limiter.take()).toBe(true);
    expect(limiter.take()).toBe(false);

    time.advance(1_500);
    expect(takeAll(limiter, 4)).toEqual([true, true, true, false]);
  });

  it('refills no further than the burst', () => {
    const time = clock();
    const limiter = new RateLimiter(30, 5, time.now);
    takeAll(limiter, 150);
    expect(limiter.take()).toBe(false);

    time.advance(3_600_000);
    const taken = takeAll(limiter, 200).filter(Boolean).length;
    expect(taken).toBe(150);
  });

  it('keeps the average rate under steady pressure', () => {
    const time = clock();
    const limiter = new RateLimiter(10, 1, time.now);
    let allowed = 0;
    // 100 attempts per second for 10 s: the burst of 10, plus the 99.9 tokens that refill
    // between the first attempt and the last one.
    for (let ms = 0; ms < 10_000; ms += 10) {
      if (limiter.take()) allowed++;
      time.advance(10);
    }
    expect(allowed).toBe(10 + 99);
  });
});
