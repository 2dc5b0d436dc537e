import fs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as decoding from 'lib0/decoding';
import { addCard } from '../../shared/board/commands.ts';
import { projectBoard } from '../../shared/board/projection.ts';
import type { JoinResponse } from '../../shared/protocol/api.ts';
import { closeCode, messageType, syncType } from '../../shared/protocol/wire.ts';
import { join } from '../helpers/api.ts';
import { connectBoard, waitFor, waitForSynced, type BoardClient } from '../helpers/clients.ts';
import {
  closeControlClients,
  command,
  connectControl,
  eventWithRoles,
  nextState,
  type ControlClient,
  type EventWithRoles,
} from '../helpers/control.ts';
import { stressorCard } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { boardUrl, syncStep1Frame } from '../helpers/ws.ts';

const card = (id: string) => stressorCard(id, id);
const cardIds = (client: BoardClient): string[] =>
  projectBoard(client.doc)
    .cards.map((c) => c.id)
    .sort();

describe('the board lock', () => {
  let server: TestServer;
  let setup: EventWithRoles;
  let bram: JoinResponse;
  let groupDoc: string;
  let facilitator: ControlClient;
  const boards: BoardClient[] = [];
  const sockets: WebSocket[] = [];

  beforeEach(async () => {
    server = await startTestServer();
    setup = await eventWithRoles(server.url, 'Lock event');
    bram = await join(server.url, setup.event.joinCode, 'Bram', setup.event.groups[0]!.groupId);
    groupDoc = setup.participant.docs.group;
    facilitator = await connectControl(server.url, setup.tokens.facilitator);
  });

  afterEach(async () => {
    closeControlClients();
    for (const board of boards.splice(0)) board.destroy();
    for (const ws of sockets.splice(0)) ws.terminate();
    await server.close();
    await fs.rm(server.dataDir, { recursive: true, force: true });
  });

  function board(token: string): BoardClient {
    const client = connectBoard(server.url, groupDoc, token);
    boards.push(client);
    return client;
  }

  /** Close codes of every connection the provider had, in order. */
  function closesOf(client: BoardClient): (number | undefined)[] {
    const closes: (number | undefined)[] = [];
    client.provider.on('connection-close', (event) => void closes.push(event?.code));
    return closes;
  }

  const roomCardIds = (): string[] =>
    projectBoard(server.rooms.get(groupDoc)!.doc)
      .cards.map((c) => c.id)
      .sort();

  async function setLock(name: string, args: unknown[], locked: boolean): Promise<void> {
    const mark = facilitator.states.length;
    expect(await command(facilitator, name, ...args)).toEqual({ ok: true });
    await nextState(facilitator, (s) => s.locked === locked, { from: mark });
    expect(server.control.isLocked(setup.event.eventId)).toBe(locked);
  }

  /** Two synced participants of the first group, and a first card both have. */
  async function twoParticipants(): Promise<{ anna: BoardClient; bramBoard: BoardClient }> {
    const anna = board(setup.tokens.participant);
    const bramBoard = board(bram.token);
    await Promise.all([waitForSynced(anna), waitForSynced(bramBoard)]);
    addCard(anna.doc, card('cbefore001'));
    await waitFor(() => cardIds(bramBoard).includes('cbefore001'), 10_000, 'bram to get the first card');
    await waitFor(() => anna.saves.state.unsaved === 0, 10_000, 'the first card stored');
    return { anna, bramBoard };
  }

  async function writeDuringLockThenUnlock(unlock: () => Promise<void>): Promise<void> {
    const { anna, bramBoard } = await twoParticipants();
    const closes = closesOf(anna);
    await setLock('timer:end', [{ lock: true }], true);

    addCard(anna.doc, card('clocked001'));
    await waitFor(() => closes.length > 0, 10_000, 'the locked write to close the websocket');
    expect(closes[0]).toBe(closeCode.boardLocked);
    expect(anna.saves.state.unsaved).toBeGreaterThan(0);

    // Staff still write while locked; once Bram has the facilitator's card, anything the
    // server would have relayed from Anna's refused write would have reached him first.
    const staff = board(setup.tokens.facilitator);
    await waitForSynced(staff);
    addCard(staff.doc, card('cstaff0001'));
    await waitFor(() => cardIds(bramBoard).includes('cstaff0001'), 10_000, 'bram to get the staff card');
    expect(cardIds(bramBoard)).toEqual(['cbefore001', 'cstaff0001']);
    expect(roomCardIds()).toEqual(['cbefore001', 'cstaff0001']);
    // 4523 is transient: the stock client comes back by itself and keeps the change.
    expect(anna.provider.shouldConnect).toBe(true);
    await waitFor(() => anna.provider.wsconnected && anna.provider.synced, 10_000, 'anna to reconnect');
    expect(cardIds(anna)).toContain('clocked001');
    expect(roomCardIds()).not.toContain('clocked001');

    await unlock();
    await waitFor(() => cardIds(bramBoard).includes('clocked001'), 10_000, 'bram to get the kept card');
    await waitFor(() => anna.saves.state.unsaved === 0, 10_000, 'the kept card stored');
    expect(roomCardIds()).toEqual(['cbefore001', 'clocked001', 'cstaff0001']);
    expect(cardIds(anna)).toEqual(cardIds(bramBoard));
    // Nothing after the lock closed her connection again.
    expect(closes.filter((code) => code === closeCode.boardLocked)).toHaveLength(1);

    // Stored, not only in memory: a reader on a restarted server sees it.
    for (const client of boards.splice(0)) client.destroy();
    closeControlClients();
    await server.close();
    server = await startTestServer({ dataDir: server.dataDir });
    const reader = board(setup.tokens.organizer);
    await waitForSynced(reader);
    expect(cardIds(reader)).toEqual(['cbefore001', 'clocked001', 'cstaff0001']);
  }

  it('a participant write while locked closes with 4523, is kept, and is stored after boards:lock false', async () => {
    await writeDuringLockThenUnlock(() => setLock('boards:lock', [false], false));
  });

  it('starting the next phase unlocks too, and the kept change comes in', async () => {
    await writeDuringLockThenUnlock(async () => {
      await setLock('timer:start', ['p3'], false);
      expect(facilitator.latest().timer).toMatchObject({ phaseId: 'p3', status: 'running' });
    });
  });

  it('boards:lock true locks without ending the phase; only the participant is closed', async () => {
    const { anna, bramBoard } = await twoParticipants();
    const annaCloses = closesOf(anna);
    const bramCloses = closesOf(bramBoard);
    await setLock('timer:start', ['p2'], false);
    await setLock('boards:lock', [true], true);
    expect(facilitator.latest().timer.status).toBe('running');

    addCard(anna.doc, card('clocked002'));
    await waitFor(() => annaCloses.length > 0, 10_000, 'the locked write to close the websocket');
    expect(annaCloses).toEqual([closeCode.boardLocked]);
    // Bram only read; he stays connected.
    expect(bramCloses).toEqual([]);
    expect(bramBoard.provider.wsconnected).toBe(true);
  });

  /** A raw socket that records the sync sub-type of every message, from the first one on. */
  async function syncRecorder(token: string): Promise<{ ws: WebSocket; syncTypes: number[] }> {
    const ws = new WebSocket(boardUrl(server.url, groupDoc, token), { perMessageDeflate: false });
    sockets.push(ws);
    const syncTypes: number[] = [];
    // Listening before the handshake: the greeting can arrive in the same packet as it.
    ws.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) === messageType.sync) syncTypes.push(decoding.readVarUint(decoder));
    });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    ws.send(syncStep1Frame());
    // The greeting (where a sync step 1 would be) is sent before the answer to ours.
    await waitFor(() => syncTypes.includes(syncType.step2), 10_000, 'the answer to our sync step 1');
    return { ws, syncTypes };
  }

  it('participants get no sync step 1 while locked, and one as soon as the boards unlock', async () => {
    // Unlocked, a participant is asked for its content as soon as it connects.
    const before = await syncRecorder(setup.tokens.participant);
    expect(before.syncTypes).toEqual([syncType.step1, syncType.step2]);

    await setLock('timer:end', [{ lock: true }], true);
    const locked = await syncRecorder(setup.tokens.participant);
    expect(locked.syncTypes).toEqual([syncType.step2]);
    // Staff connecting during the lock are asked as usual.
    const staff = await syncRecorder(setup.tokens.facilitator);
    expect(staff.syncTypes).toEqual([syncType.step1, syncType.step2]);

    await setLock('boards:lock', [false], false);
    await waitFor(() => locked.syncTypes.includes(syncType.step1), 10_000, 'a sync step 1 after the unlock');
    expect(locked.syncTypes).toEqual([syncType.step2, syncType.step1]);
    expect(locked.ws.readyState).toBe(locked.ws.OPEN);
  });

  it.each(['facilitator', 'organizer'] as const)(
    'a %s still writes a group board while locked',
    async (role) => {
      const { anna, bramBoard } = await twoParticipants();
      await setLock('timer:end', [{ lock: true }], true);
      const staff = board(setup.tokens[role]);
      const closes = closesOf(staff);
      await waitForSynced(staff);
      addCard(staff.doc, card(`cstaff${role.slice(0, 4)}`));
      await waitFor(() => staff.saves.state.unsaved === 0, 10_000, 'the staff card stored');
      await waitFor(
        () => cardIds(anna).includes(`cstaff${role.slice(0, 4)}`) && cardIds(bramBoard).length === 2,
        10_000,
        'participants to get the staff card',
      );
      expect(closes).toEqual([]);
      expect(roomCardIds()).toEqual(['cbefore001', `cstaff${role.slice(0, 4)}`].sort());
    },
  );

  it('a participant of the other group is locked too', async () => {
    const cas = await join(server.url, setup.event.joinCode, 'Cas', setup.event.groups[1]!.groupId);
    const other = connectBoard(server.url, cas.docs.group, cas.token);
    boards.push(other);
    const closes = closesOf(other);
    await waitForSynced(other);
    await setLock('boards:lock', [true], true);
    addCard(other.doc, card('cothergrp1'));
    await waitFor(() => closes.length > 0, 10_000, 'the locked write to close the websocket');
    expect(closes[0]).toBe(closeCode.boardLocked);
    expect(projectBoard(server.rooms.get(cas.docs.group)!.doc).cards).toEqual([]);
  });
});
