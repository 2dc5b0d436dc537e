import fs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import type * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { addCard } from '../../shared/board/commands.ts';
import { projectBoard } from '../../shared/board/projection.ts';
import type { CreateEventResponse, JoinResponse } from '../../shared/protocol/api.ts';
import { limits } from '../../shared/protocol/limits.ts';
import { closeCode, messageType, syncType } from '../../shared/protocol/wire.ts';
import { api, createEvent, join, mintToken } from '../helpers/api.ts';
import { connectBoard, waitFor, waitForSynced, type BoardClient } from '../helpers/clients.ts';
import { hostileFrames, pick, randomInt, seededRandom } from '../helpers/hostile.ts';
import { quantile, startEditingPair, type EditingPair } from '../helpers/latency.ts';
import { connectRawControl, type RawControl } from '../helpers/rawSocketIo.ts';
import { stressorCard } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { boardUrl, closeCodeOf, openSocket } from '../helpers/ws.ts';

/**
 * Hostile clients in one group while two people in another group keep editing. Every
 * hostile frame and event gets a clear refusal, nothing it carried reaches anyone, and the
 * editors' round trip stays short.
 *
 * The bound: p99 of the editors' delivery delay < 500 ms (and none above 2 s) on the
 * 2-core machine, measured in the test process, which also runs the server and every
 * attacking client. Measured: ~20–40 ms under the frame attack; ~100–200 ms under the
 * socket.io attack, where a 200 kB packet nested 100,000 levels deep costs the server
 * ~20 ms of JSON.parse alone (4 hostile sockets, each with at most 8 packets unanswered).
 */
const p99BoundMs = 500;

const cardIds = (doc: Y.Doc): string[] =>
  projectBoard(doc)
    .cards.map((card) => card.id)
    .sort();
const maxBoundMs = 2_000;
const frameCount = 1_000;
const eventCount = 1_000;
/** Attacking connections open at once: below the per-participant limit of 12. */
const frameConcurrency = 6;
/** Acknowledged events in flight per socket. */
const eventWindow = 8;

describe('hostile clients in one group, editors in another', () => {
  let server: TestServer;
  let event: CreateEventResponse;
  let mallory: JoinResponse;
  let editors: { anna: BoardClient; bram: BoardClient; docName: string };
  let pair: EditingPair | undefined;
  const clients: BoardClient[] = [];
  const sockets: WebSocket[] = [];
  const controls: RawControl[] = [];

  beforeEach(async () => {
    server = await startTestServer();
    event = await createEvent(server.url, ['Aanval', 'Werk'], 'Hostile event');
    const [attackGroup, workGroup] = event.groups.map((g) => g.groupId as string) as [string, string];
    mallory = await join(server.url, event.joinCode, 'Mallory', attackGroup);
    const annaJoin = await join(server.url, event.joinCode, 'Anna', workGroup);
    const bramJoin = await join(server.url, event.joinCode, 'Bram', workGroup);
    const anna = connectBoard(server.url, annaJoin.docs.group, annaJoin.token);
    const bram = connectBoard(server.url, bramJoin.docs.group, bramJoin.token);
    clients.push(anna, bram);
    await Promise.all([waitForSynced(anna), waitForSynced(bram)]);
    editors = { anna, bram, docName: annaJoin.docs.group };
  });

  afterEach(async () => {
    await pair?.stop().catch(() => {});
    pair = undefined;
    for (const client of clients.splice(0)) client.destroy();
    for (const ws of sockets.splice(0)) ws.terminate();
    for (const control of controls.splice(0)) control.close();
    await server.close();
    await fs.rm(server.dataDir, { recursive: true, force: true });
  });

  /** Stops the editors and checks their delivery delays against the bound. */
  async function expectEditorsUnhurt(): Promise<void> {
    // A quickly refused attack may be over before the editors made enough edits to measure.
    await waitFor(() => pair!.samples.length >= 20, 10_000, 'twenty measured edits');
    await pair!.stop();
    const { samples } = pair!;
    const p99 = quantile(samples, 0.99);
    const max = Math.max(...samples);
    const summary = `${samples.length} edits, p50 ${quantile(samples, 0.5).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${max.toFixed(1)} ms`;
    // Enough samples that the p99 means something, and edits throughout the attack.
    expect(samples.length, summary).toBeGreaterThanOrEqual(20);
    expect(p99, summary).toBeLessThan(p99BoundMs);
    expect(max, summary).toBeLessThan(maxBoundMs);
    const cards = projectBoard(editors.bram.doc).cards.map((card) => card.id);
    expect(cards.sort()).toEqual(['clatencyaaaa', 'clatencybbbb']);
  }

  it(`${frameCount} malformed websocket frames: each connection is closed with 4400, nothing is relayed or stored`, async () => {
    const attackDoc = mallory.docs.group;
    // A watcher on the attacked doc: whatever the server relays there, it would see.
    const watcherJoin = await join(server.url, event.joinCode, 'Wim', mallory.groupId);
    const watcher = await openSocket(boardUrl(server.url, attackDoc, watcherJoin.token));
    sockets.push(watcher);
    const relayed: string[] = [];
    watcher.on('message', (data: Buffer) => {
      // Anything but the server's greeting (its sync step 1) and heartbeats (no entries).
      const decoder = decoding.createDecoder(new Uint8Array(data));
      const type = decoding.readVarUint(decoder);
      if (type === messageType.sync && decoding.readVarUint(decoder) === syncType.step1) return;
      if (type === messageType.awareness) {
        const entries = decoding.readVarUint(decoding.createDecoder(decoding.readVarUint8Array(decoder)));
        if (entries === 0) return;
      }
      relayed.push(Buffer.from(data).toString('hex').slice(0, 80));
    });

    pair = startEditingPair(editors.anna, editors.bram, 20);
    const frames = hostileFrames(frameCount, 687);
    const outcomes = new Map<string, Map<number | string, number>>();
    let next = 0;
    const attacker = async (): Promise<void> => {
      while (next < frames.length) {
        const { kind, frame } = frames[next++]!;
        let outcome: number | string;
        try {
          const ws = await openSocket(boardUrl(server.url, attackDoc, mallory.token));
          const closed = closeCodeOf(ws, 10_000);
          ws.send(frame);
          outcome = await closed.catch((error: unknown) => `not closed: ${String(error)}`);
          ws.terminate();
        } catch (error) {
          outcome = `not opened: ${String(error)}`;
        }
        const byOutcome = outcomes.get(kind) ?? new Map<number | string, number>();
        byOutcome.set(outcome, (byOutcome.get(outcome) ?? 0) + 1);
        outcomes.set(kind, byOutcome);
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: frameConcurrency }, attacker));
    const attackMs = performance.now() - started;

    // Every frame of every kind: closed with 4400.
    const summary = Object.fromEntries(
      [...outcomes].map(([kind, byOutcome]) => [kind, Object.fromEntries(byOutcome)]),
    );
    const expected = Object.fromEntries(
      [...outcomes].map(([kind, byOutcome]) => [
        kind,
        { [closeCode.malformedMessage]: [...byOutcome.values()].reduce((a, b) => a + b, 0) },
      ]),
    );
    expect(summary).toEqual(expected);
    expect(Object.keys(summary)).toHaveLength(10);
    expect(attackMs).toBeLessThan(45_000);

    await expectEditorsUnhurt();

    // Nothing reached the attacked doc's other peer, its presence, or its cards.
    const room = server.rooms.get(attackDoc)!;
    await room.flushed();
    expect(relayed).toEqual([]);
    expect(projectBoard(room.doc).cards).toEqual([]);
    expect([...room.awareness.getStates().keys()]).toEqual([]);
    expect(watcher.readyState).toBe(watcher.OPEN);

    // The attacked room still works: an honest edit there is stored and relayed.
    const wim = connectBoard(server.url, attackDoc, watcherJoin.token);
    clients.push(wim);
    await waitForSynced(wim);
    addCard(wim.doc, stressorCard('cafterwards', 'na de aanval'));
    await waitFor(() => wim.saves.state.unsaved === 0, 10_000, "Wim's card stored");
    await waitFor(() => relayed.length > 0, 10_000, "Wim's card relayed to the watcher");
    expect(cardIds(room.doc)).toEqual(['cafterwards']);

    // The server is up, and Mallory's connection count came back down to nothing.
    expect((await api(server.url, 'GET', '/api/health')).status).toBe(200);
    const again = await Promise.all(
      Array.from({ length: 12 }, () => openSocket(boardUrl(server.url, attackDoc, mallory.token))),
    );
    sockets.push(...again);
    for (const ws of again) ws.terminate();

    // What is stored loads again: the editors' doc whole, the attacked doc without content.
    for (const client of clients.splice(0)) client.destroy();
    for (const ws of sockets.splice(0)) ws.terminate();
    await server.close();
    server = await startTestServer({ dataDir: server.dataDir });
    const reader = connectBoard(server.url, editors.docName, event.organizerToken);
    const attacked = connectBoard(server.url, attackDoc, event.organizerToken);
    clients.push(reader, attacked);
    await Promise.all([waitForSynced(reader), waitForSynced(attacked)]);
    expect(reader.doc.getMap('pings').size).toBe(pair!.sent());
    expect(cardIds(attacked.doc)).toEqual(['cafterwards']);
  }, 90_000);

  it(`${eventCount} malformed socket.io events: each is refused with bad-request or forbidden, as an ack or control:error`, async () => {
    const [attackGroup, workGroup] = event.groups.map((g) => g.groupId as string) as [string, string];
    const [facilitator, projector] = await Promise.all([
      mintToken(server.url, event.eventId, event.organizerToken, 'facilitator'),
      mintToken(server.url, event.eventId, event.organizerToken, 'projector'),
    ]);
    const byRole = {
      facilitator: await connectRawControl(server.url, facilitator),
      facilitator2: await connectRawControl(server.url, facilitator),
      participant: await connectRawControl(server.url, mallory.token),
      projector: await connectRawControl(server.url, projector),
    };
    controls.push(...Object.values(byRole));
    const snapshot = async (): Promise<string> =>
      JSON.stringify({
        state: await server.control.state(event.eventId),
        control: await server.store.getRecord('control', event.eventId),
        votes: await server.store.getRecord('votes', event.eventId),
        comments: await server.store.getRecord('comments', event.eventId),
      });
    const before = await snapshot();

    const jobs = hostileEvents(eventCount, 8_700, { groupIds: [attackGroup, workGroup] });
    pair = startEditingPair(editors.anna, editors.bram, 20);
    const mismatches: string[] = [];
    const expectedErrors = new Map<RawControl, string[]>();
    const runSocket = async (who: keyof typeof byRole): Promise<void> => {
      const socket = byRole[who];
      const mine = jobs.filter((job) => job.socket === who);
      const errors: string[] = [];
      expectedErrors.set(socket, errors);
      const answers: Promise<void>[] = [];
      let sent = 0;
      for (const job of mine) {
        // At most `eventWindow` packets of this socket unanswered (acked or refused) at once.
        await socket.whenAnswered(sent - eventWindow + 1, 20_000);
        sent++;
        if (!job.ack) {
          socket.sendRaw(job.json);
          errors.push(job.expect);
          continue;
        }
        answers.push(
          socket.requestRaw(job.json, 20_000).then(
            (answer) => {
              const result = answer[0] as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
              if (
                answer.length !== 1 ||
                result.ok !== false ||
                result.error?.code !== job.expect ||
                typeof result.error.message !== 'string' ||
                result.error.message.length > 200
              ) {
                mismatches.push(`${job.what}: ${JSON.stringify(answer).slice(0, 200)}`);
              }
            },
            (error: unknown) => void mismatches.push(`${job.what}: ${String(error)}`),
          ),
        );
      }
      await Promise.all(answers);
    };
    const started = performance.now();
    await Promise.all((Object.keys(byRole) as (keyof typeof byRole)[]).map(runSocket));

    // Events without an ack: one control:error each, with the expected code, and no more.
    for (const [socket, errors] of expectedErrors) {
      await waitFor(
        () => socket.count('control:error') >= errors.length,
        15_000,
        `${errors.length} control:error events`,
      );
      expect(await socket.request('time:sync', [])).toEqual([expect.any(Number)]);
      const codes = socket.events
        .filter((e) => e.name === 'control:error')
        .map((e) => (e.args[0] as { code: string }).code);
      expect(codes.sort()).toEqual([...errors].sort());
    }
    const attackMs = performance.now() - started;
    expect(mismatches).toEqual([]);
    expect(jobs.filter((job) => !job.ack).length).toBeGreaterThan(200);
    expect(attackMs).toBeLessThan(45_000);

    await expectEditorsUnhurt();

    // Nothing changed, nothing leaked into prototypes, everyone is still connected.
    expect(await snapshot()).toBe(before);
    for (const key of ['lock', 'open', 'budget', 'polluted', 'groupId'])
      expect(Object.prototype, key).not.toHaveProperty(key);
    for (const [who, socket] of Object.entries(byRole))
      expect(socket.ws.readyState, `${who} still connected`).toBe(socket.ws.OPEN);
    const fresh = await connectRawControl(server.url, facilitator);
    controls.push(fresh);
    expect(await fresh.request('boards:lock', [true])).toEqual([{ ok: true }]);
    expect(server.control.isLocked(event.eventId)).toBe(true);
    expect((await api(server.url, 'GET', '/api/health')).status).toBe(200);
  }, 90_000);
});

interface HostileEvent {
  socket: 'facilitator' | 'facilitator2' | 'participant' | 'projector';
  /** The packet's JSON array. */
  json: string;
  ack: boolean;
  expect: 'bad-request' | 'forbidden';
  what: string;
}

interface Junk {
  json: string;
  type: 'number' | 'string' | 'boolean' | 'null' | 'array' | 'object';
  value?: unknown;
}

const knownEventNames = [
  'presence:refresh',
  'time:sync',
  'votes:ballot',
  'status:report',
  'agenda:set',
  'timer:start',
  'timer:pause',
  'timer:resume',
  'timer:extend',
  'timer:end',
  'boards:lock',
  'spotlight:set',
  'announce:set',
  'projector:names',
  'voting:set',
  'voting:reveal',
  'voting:reset',
  'comment:add',
  'comment:delete',
  'vote:cast',
  'group:ready',
];
const staffCommands = knownEventNames.slice(4, 19);
const socketIoLimitBytes = limits.maxControlPacketBytes;

/**
 * `count` socket.io events that must each be refused: unknown names (random, prototype
 * names, case variants, numbers, 200 kB long), staff commands from a participant or a
 * projector (forbidden), and staff commands from a facilitator with arguments of the wrong
 * type, nested 100,000 levels deep, with `__proto__` keys, or 200 kB long (bad-request).
 * About half carry no ack, so the refusal must come as 'control:error'.
 */
function hostileEvents(count: number, seed: number, context: { groupIds: string[] }): HostileEvent[] {
  const random = seededRandom(seed);
  const huge = (): string => 'x'.repeat(randomInt(random, 150_000, 200_000));
  const randomText = (length: number): string =>
    Array.from({ length }, () => String.fromCharCode(randomInt(random, 32, 0x2fff))).join('');
  const junk = (): Junk => {
    switch (randomInt(random, 0, 11)) {
      case 0:
        return number(pick(random, [0, -1, 42, 1e300, -1e300, 3.14, 2 ** 53, 4 * 3_600_000 + 1]));
      case 1:
        return string(
          pick(random, ['', '   ', 'true', 'null', 'p1x', '__proto__', 'constructor', 'toString']),
        );
      case 2:
        return string(randomText(randomInt(random, 1, 60)));
      case 3:
        return { json: String(random() < 0.5), type: 'boolean', value: null };
      case 4:
        return { json: 'null', type: 'null' };
      case 5:
        return { json: pick(random, ['[]', '[[]]', '[1,2,3]', '[{}]', '[null]', '["p1"]']), type: 'array' };
      case 6:
        return {
          json: pick(random, [
            '{}',
            '{"a":1}',
            '{"lock":"true","open":1}',
            '{"__proto__":{"lock":true,"open":true,"budget":20,"polluted":1}}',
            '{"constructor":{"prototype":{"polluted":1}},"groupId":{"__proto__":{"x":1}}}',
            '{"length":1,"0":{"id":"p1"}}',
          ]),
          type: 'object',
        };
      case 7: {
        const depth = randomInt(random, 50_000, 100_000);
        return { json: '['.repeat(depth) + ']'.repeat(depth), type: 'array' };
      }
      case 8: {
        const depth = randomInt(random, 20_000, 40_000);
        return { json: '{"a":'.repeat(depth) + '1' + '}'.repeat(depth), type: 'object' };
      }
      case 9:
        return random() < 0.15 ? string(huge()) : string(randomText(randomInt(random, 100, 2_000)));
      case 10:
        return number(randomInt(random, -(2 ** 40), 2 ** 40));
      default:
        return { json: JSON.stringify([randomText(5), { a: [randomText(3)] }]), type: 'array' };
    }
  };
  function number(value: number): Junk {
    return { json: JSON.stringify(value), type: 'number', value };
  }
  function string(value: string): Junk {
    return { json: JSON.stringify(value), type: 'string', value };
  }

  /** Junk each staff command is certain to refuse with bad-request. */
  const refusedBy: Record<string, (j: Junk) => string | null> = {
    'agenda:set': (j) => j.json,
    'timer:start': (j) => j.json,
    'timer:extend': (j) =>
      j.type === 'number' && Math.abs(j.value as number) <= 4 * 3_600_000 ? null : j.json,
    'timer:end': (j) => (j.type === 'boolean' ? null : j.json),
    'boards:lock': (j) => (j.type === 'boolean' ? null : j.json),
    'projector:names': (j) => (j.type === 'boolean' ? null : j.json),
    'voting:reveal': (j) => (j.type === 'boolean' ? null : j.json),
    'announce:set': (j) =>
      j.type === 'null' || (j.type === 'string' && (j.value as string).trim() !== '') ? null : j.json,
    'spotlight:set': (j) =>
      j.type === 'null' || (j.type === 'string' && context.groupIds.includes(j.value as string))
        ? null
        : `{"groupId":${j.json},"onLaptops":true}`,
    'comment:add': (j) =>
      j.type === 'string' && context.groupIds.includes(j.value as string)
        ? null
        : pick(random, [j.json, `{"groupId":${j.json},"targetId":null,"text":"hallo"}`]),
    'comment:delete': (j) => j.json,
  };

  const events: HostileEvent[] = [];
  while (events.length < count) {
    const ack = random() < 0.5;
    const slot = events.length % 10;
    let event: Omit<HostileEvent, 'ack'> | null;
    if (slot < 2) {
      // An unknown name, from any role.
      const name = pick(random, [
        () => randomText(randomInt(random, 1, 40)),
        () => pick(random, ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '']),
        () => pick(random, knownEventNames).toUpperCase(),
        () => `${pick(random, knownEventNames)} `,
        () => `${pick(random, knownEventNames)}\u0000`,
        () => (random() < 0.2 ? huge() : 'x'.repeat(randomInt(random, 41, 5_000))),
      ])();
      const nameJson = random() < 0.1 ? String(randomInt(random, -1000, 1000)) : JSON.stringify(name);
      const args = random() < 0.5 ? '' : `,${junk().json}`;
      event = {
        socket: pick(random, ['facilitator', 'facilitator2', 'participant', 'projector'] as const),
        json: `[${nameJson}${args}]`,
        expect: 'bad-request',
        what: `unknown ${nameJson.slice(0, 30)}`,
      };
    } else if (slot < 4) {
      // A staff command from a participant or a projector.
      const name = pick(random, staffCommands);
      const args = random() < 0.3 ? '' : `,${junk().json}`;
      event = {
        socket: pick(random, ['participant', 'projector'] as const),
        json: `[${JSON.stringify(name)}${args}]`,
        expect: 'forbidden',
        what: `forbidden ${name}`,
      };
    } else {
      // A staff command from a facilitator, with an argument it must refuse.
      const name = pick(random, Object.keys(refusedBy));
      const argument = refusedBy[name]!(junk());
      event =
        argument === null
          ? null
          : {
              socket: pick(random, ['facilitator', 'facilitator2'] as const),
              json: `[${JSON.stringify(name)},${argument}]`,
              expect: 'bad-request',
              what: `${name} ${argument.slice(0, 40)}`,
            };
    }
    if (event && event.json.length < socketIoLimitBytes - 32) events.push({ ...event, ack });
  }
  return events;
}
