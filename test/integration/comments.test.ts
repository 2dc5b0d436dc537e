import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { spliceText } from '../../shared/board/commands.ts';
import { localUserOrigin } from '../../shared/board/origins.ts';
import { maxCommentChars, type BoardComment } from '../../shared/control/state.ts';
import type { CreateEventResponse, JoinResponse, SessionResponse } from '../../shared/protocol/api.ts';
import type { CommandResult } from '../../shared/protocol/events.ts';
import { closeCode } from '../../shared/protocol/wire.ts';
import { briefText, projectBrief } from '../../shared/taxonomy/layout.ts';
import { api, createEvent, join, mintToken } from '../helpers/api.ts';
import { connectBoard, waitFor, waitForSynced, type BoardClient } from '../helpers/clients.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

/** A socket.io client that keeps every 'comments' list the server sends it. */
interface CommentClient {
  socket: Socket;
  lists: BoardComment[][];
  /** The newest list (the server sends one on connect and on every change). */
  latest(): BoardComment[];
}

describe('comments of the problem owner and the problem brief', () => {
  let server: TestServer;
  const sockets: Socket[] = [];
  const boards: BoardClient[] = [];

  let event: CreateEventResponse;
  let anna: JoinResponse;
  let bram: JoinResponse;
  let tokens: { owner: string; facilitator: string; projector: string };

  beforeEach(async () => {
    server = await startTestServer();
    event = await createEvent(server.url, ['Groep 1', 'Groep 2']);
    anna = await join(server.url, event.joinCode, 'Anna', event.groups[0]!.groupId);
    bram = await join(server.url, event.joinCode, 'Bram', event.groups[1]!.groupId);
    const mint = (role: string) => mintToken(server.url, event.eventId, event.organizerToken, role);
    const [owner, facilitator, projector] = await Promise.all([
      mint('problem-owner'),
      mint('facilitator'),
      mint('projector'),
    ]);
    tokens = { owner, facilitator, projector };
  });

  afterEach(async () => {
    closeSockets();
    for (const board of boards.splice(0)) board.destroy();
    await server.close();
  });

  function closeSockets(): void {
    for (const socket of sockets.splice(0)) {
      socket.removeAllListeners();
      socket.disconnect();
    }
  }

  /** Connects and resolves once the server has sent the first 'comments' list. */
  async function connect(token: string): Promise<CommentClient> {
    const socket = io(server.url, {
      auth: { token },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    const lists: BoardComment[][] = [];
    socket.on('comments', (comments: BoardComment[]) => void lists.push(comments));
    const client: CommentClient = {
      socket,
      lists,
      latest: () => {
        const list = lists.at(-1);
        if (!list) throw new Error('no comments received yet');
        return list;
      },
    };
    await waitFor(() => lists.length > 0, 10_000, "the first 'comments' on connect");
    return client;
  }

  async function send(client: CommentClient, name: string, ...args: unknown[]): Promise<CommandResult> {
    try {
      return (await client.socket.timeout(5_000).emitWithAck(name, ...args)) as CommandResult;
    } catch (error) {
      throw new Error(`no acknowledgement of ${name} within 5 s`, { cause: error });
    }
  }

  function texts(comments: BoardComment[]): string[] {
    return comments.map((comment) => comment.text);
  }

  it('a group sees only its own comments, staff and the projector see all, others may not comment', async () => {
    const [g1, g2] = [event.groups[0]!.groupId, event.groups[1]!.groupId];
    const owner = await connect(tokens.owner);
    const facilitator = await connect(tokens.facilitator);
    const projector = await connect(tokens.projector);
    const annaClient = await connect(anna.token);
    const bramClient = await connect(bram.token);
    expect(owner.latest()).toEqual([]);
    expect(annaClient.latest()).toEqual([]);

    expect(await send(owner, 'comment:add', { groupId: g1, targetId: null, text: 'Sterk begin!' })).toEqual({
      ok: true,
    });
    expect(
      await send(owner, 'comment:add', {
        groupId: g2,
        targetId: 'cabc12345',
        text: '  Wie betaalt dit?\nEn wie voert het uit?  ',
      }),
    ).toEqual({ ok: true });

    await waitFor(() => facilitator.latest().length === 2, 5_000, 'both comments at the facilitator');
    const all = facilitator.latest();
    expect(texts(all)).toEqual(['Sterk begin!', 'Wie betaalt dit?\nEn wie voert het uit?']);
    expect(all[0]).toMatchObject({ groupId: g1, targetId: null, authorRole: 'problem-owner' });
    expect(all[1]).toMatchObject({ groupId: g2, targetId: 'cabc12345', authorRole: 'problem-owner' });
    expect(all[0]!.atMs).toBeGreaterThan(0);
    await waitFor(() => owner.latest().length === 2, 5_000, 'both comments at the owner');
    await waitFor(() => projector.latest().length === 2, 5_000, 'both comments at the projector');

    // Each group receives its own comments, and never another group's.
    await waitFor(() => annaClient.latest().length === 1, 5_000, "group 1's comment at Anna");
    await waitFor(() => bramClient.latest().length === 1, 5_000, "group 2's comment at Bram");
    for (const list of annaClient.lists) expect(list.every((c) => c.groupId === g1)).toBe(true);
    for (const list of bramClient.lists) expect(list.every((c) => c.groupId === g2)).toBe(true);
    expect(texts(annaClient.latest())).toEqual(['Sterk begin!']);

    // A participant and the projector may neither add nor delete comments.
    for (const client of [annaClient, projector]) {
      const added = await send(client, 'comment:add', { groupId: g1, targetId: null, text: 'Hallo' });
      expect(added.ok).toBe(false);
      if (!added.ok) expect(added.error.code).toBe('forbidden');
      const deleted = await send(client, 'comment:delete', all[0]!.id);
      expect(deleted.ok).toBe(false);
      if (!deleted.ok) expect(deleted.error.code).toBe('forbidden');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(facilitator.latest()).toHaveLength(2);

    // A facilitator may comment too; Bram's group receives it, Anna's does not.
    const annaLists = annaClient.lists.length;
    expect(
      await send(facilitator, 'comment:add', { groupId: g2, targetId: null, text: 'Denk aan de kosten' }),
    ).toEqual({ ok: true });
    await waitFor(() => bramClient.latest().length === 2, 5_000, "the facilitator's comment at Bram");
    expect(bramClient.latest()[1]).toMatchObject({ authorRole: 'facilitator', text: 'Denk aan de kosten' });
    expect(annaClient.lists.slice(annaLists).every((list) => list.every((c) => c.groupId === g1))).toBe(true);
  });

  it('refuses empty texts, unknown groups and bad targets, and cuts long texts to the limit', async () => {
    const g1 = event.groups[0]!.groupId;
    const owner = await connect(tokens.owner);

    for (const text of ['', '   \n  ', 42, null]) {
      const result = await send(owner, 'comment:add', { groupId: g1, targetId: null, text });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('bad-request');
    }
    for (const input of [
      { groupId: 'gzzzzzzz', targetId: null, text: 'Hallo' },
      { groupId: g1, targetId: '../../etc', text: 'Hallo' },
      null,
    ]) {
      const result = await send(owner, 'comment:add', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('bad-request');
    }
    const deleted = await send(owner, 'comment:delete', 'knosuchcomment');
    expect(deleted.ok).toBe(false);

    const long = 'x'.repeat(5_000);
    const result = await send(owner, 'comment:add', { groupId: g1, targetId: null, text: long });
    if (result.ok) {
      await waitFor(() => owner.latest().length === 1, 5_000, 'the long comment');
      expect(owner.latest()[0]!.text).toHaveLength(maxCommentChars);
    } else {
      expect(result.error.code).toBe('bad-request');
      expect(owner.latest()).toEqual([]);
    }
  });

  it('delete reaches the group, and comments survive a restart', async () => {
    const [g1, g2] = [event.groups[0]!.groupId, event.groups[1]!.groupId];
    const owner = await connect(tokens.owner);
    const annaClient = await connect(anna.token);
    for (const [groupId, text] of [
      [g1, 'Eerste opmerking'],
      [g1, 'Tweede opmerking'],
      [g2, 'Voor groep 2'],
    ] as const) {
      expect(await send(owner, 'comment:add', { groupId, targetId: null, text })).toEqual({ ok: true });
    }
    await waitFor(() => annaClient.latest().length === 2, 5_000, "group 1's comments at Anna");
    const first = annaClient.latest()[0]!;

    expect(await send(owner, 'comment:delete', first.id)).toEqual({ ok: true });
    await waitFor(() => annaClient.latest().length === 1, 5_000, 'the delete at Anna');
    expect(texts(annaClient.latest())).toEqual(['Tweede opmerking']);
    await waitFor(() => owner.latest().length === 2, 5_000, 'the delete at the owner');

    // Deleting it again: it is gone.
    const again = await send(owner, 'comment:delete', first.id);
    expect(again.ok).toBe(false);

    // Stored before shown: a restart on the same data dir brings back the same comments.
    const before = owner.latest();
    closeSockets();
    const dataDir = server.dataDir;
    await server.close();
    server = await startTestServer({ dataDir });
    const facilitator = await connect(tokens.facilitator);
    expect(facilitator.latest()).toEqual(before);
    const annaAgain = await connect(anna.token);
    expect(texts(annaAgain.latest())).toEqual(['Tweede opmerking']);
  });

  it('the problem owner writes the brief; a participant reads it live and may not write it', async () => {
    const session = await api<SessionResponse>(server.url, 'GET', '/api/session', { token: tokens.owner });
    expect(session.status).toBe(200);
    expect(session.body.role).toBe('problem-owner');
    const eventDoc = session.body.docs.event;
    expect(eventDoc).toBe(anna.docs.event);

    const owner = connectBoard(server.url, eventDoc, tokens.owner);
    boards.push(owner);
    await waitForSynced(owner);
    const brief = 'Hoe houden we aios bevlogen?\n\nDenk aan roosters, opleiding en het team.';
    spliceText(briefText(owner.doc), brief, localUserOrigin);
    await waitFor(() => owner.saves.state.unsaved === 0, 5_000, 'the brief stored');

    const reader = connectBoard(server.url, eventDoc, anna.token, { readOnly: true });
    boards.push(reader);
    await waitForSynced(reader);
    expect(projectBrief(reader.doc)).toBe(brief);

    // Live: the owner's next edit reaches the open reader.
    spliceText(briefText(owner.doc), `${brief}\nEn de cultuur.`, localUserOrigin);
    await waitFor(
      () => projectBrief(reader.doc).endsWith('En de cultuur.'),
      5_000,
      "the owner's edit at the reader",
    );

    // A participant writing the brief is closed with 4403, and nobody sees the write.
    const closed: number[] = [];
    reader.provider.on('connection-close', (closeEvent) => {
      if (closeEvent) closed.push(closeEvent.code);
    });
    briefText(reader.doc).insert(0, 'GEHACKT ');
    await waitFor(() => closed.includes(closeCode.forbiddenWrite), 5_000, 'the 4403 close');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(projectBrief(owner.doc).startsWith('Hoe houden')).toBe(true);

    // The brief was stored: a fresh reader gets it without the participant's write.
    const fresh = connectBoard(server.url, eventDoc, bram.token, { readOnly: true });
    boards.push(fresh);
    await waitForSynced(fresh);
    expect(projectBrief(fresh.doc)).toBe(`${brief}\nEn de cultuur.`);
  });
});
