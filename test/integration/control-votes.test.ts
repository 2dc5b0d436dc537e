import fs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSolution, solutionText } from '../../shared/board/solutions.ts';
import type { BallotEntry, VoteTally } from '../../shared/control/state.ts';
import type { JoinResponse } from '../../shared/protocol/api.ts';
import type { CommandResult, MyVotes } from '../../shared/protocol/events.ts';
import type { GroupId } from '../../shared/protocol/ids.ts';
import { join } from '../helpers/api.ts';
import { connectBoard, waitFor, waitForSynced } from '../helpers/clients.ts';
import {
  closeControlClients,
  command,
  connectControl,
  emitRaw,
  eventWithRoles,
  nextEvent,
  nextState,
  receivedOf,
  request,
  type ControlClient,
  type EventWithRoles,
} from '../helpers/control.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const sA1 = 'sgroepeen01';
const sA2 = 'sgroepeen02';
const sB1 = 'sgroeptwee1';

describe('dot voting', () => {
  let server: TestServer;
  let setup: EventWithRoles;
  let cas: JoinResponse;
  let g1: GroupId;
  let g2: GroupId;
  let anna: ControlClient;
  let casClient: ControlClient;
  let facilitator: ControlClient;
  let organizer: ControlClient;
  let projector: ControlClient;
  let problemOwner: ControlClient;

  beforeEach(async () => {
    server = await startTestServer();
    setup = await eventWithRoles(server.url, 'Vote event');
    g1 = setup.event.groups[0]!.groupId;
    g2 = setup.event.groups[1]!.groupId;
    cas = await join(server.url, setup.event.joinCode, 'Cas', g2);
    await addSolutions(`g/${setup.event.eventId}/${g1}`, [
      [sA1, 'Mentorprogramma'],
      [sA2, 'Roosterinspraak'],
    ]);
    await addSolutions(`g/${setup.event.eventId}/${g2}`, [[sB1, 'Intervisie']]);
    await connectAll();
  });

  afterEach(async () => {
    closeControlClients();
    await server.close();
    await fs.rm(server.dataDir, { recursive: true, force: true });
  });

  async function connectAll(): Promise<void> {
    [anna, casClient, facilitator, organizer, projector, problemOwner] = await Promise.all([
      connectControl(server.url, setup.tokens.participant),
      connectControl(server.url, cas.token),
      connectControl(server.url, setup.tokens.facilitator),
      connectControl(server.url, setup.tokens.organizer),
      connectControl(server.url, setup.tokens.projector),
      connectControl(server.url, setup.tokens['problem-owner']),
    ]);
  }

  const everyone = (): ControlClient[] => [anna, casClient, facilitator, organizer, projector, problemOwner];
  const key = (groupId: GroupId, solutionId: string): string => `${groupId}/${solutionId}`;

  /** Real solutions on the group's board, so the ballot has something to show. */
  async function addSolutions(docName: string, solutions: [string, string][]): Promise<void> {
    const board = connectBoard(server.url, docName, setup.tokens.organizer);
    try {
      await waitForSynced(board);
      for (const [id, title] of solutions) {
        createSolution(board.doc, { id, templateId: 'blank', createdAt: 1 });
        solutionText(board.doc, id, 'title')!.insert(0, title);
      }
      await waitFor(() => board.saves.state.unsaved === 0, 10_000, 'solutions stored');
    } finally {
      board.destroy();
    }
  }

  async function facilitate(name: string, ...args: unknown[]): Promise<void> {
    expect(await command(facilitator, name, ...args), name).toEqual({ ok: true });
  }

  async function openVoting(budget: number, maxPerSolution: number): Promise<void> {
    const marks = everyone().map((client) => client.states.length);
    await facilitate('voting:set', { open: true, budget, maxPerSolution });
    await Promise.all(
      everyone().map((client, i) => nextState(client, (s) => s.voting.open, { from: marks[i] })),
    );
  }

  /** Casts one dot; on success, resolves with the participant's own 'votes:mine' for it. */
  async function cast(
    client: ControlClient,
    groupId: GroupId,
    solutionId: string,
    delta: 1 | -1,
  ): Promise<{ result: CommandResult; mine: MyVotes | undefined }> {
    const mark = client.received.length;
    const result = await command(client, 'vote:cast', { groupId, solutionId, delta });
    if (!result.ok) return { result, mine: undefined };
    // The participant's 'votes:mine' is sent before the acknowledgement, on the same socket.
    const [mine] = await nextEvent(client, 'votes:mine', { from: mark });
    return { result, mine: mine as MyVotes };
  }

  async function castOk(client: ControlClient, groupId: GroupId, solutionId: string, delta: 1 | -1) {
    const { result, mine } = await cast(client, groupId, solutionId, delta);
    expect(result, `${delta > 0 ? '+' : '-'}1 on ${solutionId}`).toEqual({ ok: true });
    return mine!;
  }

  async function castRefused(client: ControlClient, groupId: GroupId, solutionId: string, delta: 1 | -1) {
    return (await cast(client, groupId, solutionId, delta)).result;
  }

  /** Every client's first 'votes:results' after `marks` (that matches); resolves with them. */
  async function resultsEverywhere(
    marks: number[],
    where: (results: unknown) => boolean = () => true,
  ): Promise<unknown[]> {
    return Promise.all(
      everyone().map(
        async (client, i) => (await nextEvent(client, 'votes:results', { from: marks[i], where }))[0],
      ),
    );
  }

  const bySolution = (entries: BallotEntry[]) =>
    [...entries].sort((a, b) => a.solutionId.localeCompare(b.solutionId));

  const marksNow = (): number[] => everyone().map((client) => client.received.length);

  it('refuses a dot while voting is not open', async () => {
    expect(facilitator.latest().voting.open).toBe(false);
    expect(await castRefused(anna, g1, sA1, 1)).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'voting is not open' },
    });
    expect(await server.control.tallies(setup.event.eventId)).toEqual([]);
    expect(await server.control.myVotes(setup.event.eventId, setup.participant.participantId)).toEqual({
      allocations: {},
      remaining: 3,
    });
  });

  it('keeps the budget and the per-solution maximum, and lets a dot be taken back', async () => {
    await openVoting(3, 2);
    expect(facilitator.latest().voting).toEqual({
      open: true,
      revealed: false,
      budget: 3,
      maxPerSolution: 2,
    });

    expect(await castOk(anna, g1, sA1, 1)).toEqual({ allocations: { [key(g1, sA1)]: 1 }, remaining: 2 });
    expect(await castOk(anna, g1, sA1, 1)).toEqual({ allocations: { [key(g1, sA1)]: 2 }, remaining: 1 });
    expect(await castRefused(anna, g1, sA1, 1)).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'this solution has your maximum' },
    });
    expect(await castOk(anna, g2, sB1, 1)).toEqual({
      allocations: { [key(g1, sA1)]: 2, [key(g2, sB1)]: 1 },
      remaining: 0,
    });
    // A fourth dot.
    expect(await castRefused(anna, g1, sA2, 1)).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'no dots left' },
    });
    expect(await castOk(anna, g1, sA1, -1)).toEqual({
      allocations: { [key(g1, sA1)]: 1, [key(g2, sB1)]: 1 },
      remaining: 1,
    });
    expect(await castRefused(anna, g1, sA2, -1)).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'no dot on this solution to take back' },
    });
    // Taking the last dot from a solution removes it from the allocations.
    expect(await castOk(anna, g2, sB1, -1)).toEqual({ allocations: { [key(g1, sA1)]: 1 }, remaining: 2 });

    // Refusals change nothing the server keeps.
    expect(await server.control.myVotes(setup.event.eventId, setup.participant.participantId)).toEqual({
      allocations: { [key(g1, sA1)]: 1 },
      remaining: 2,
    });
    expect(await server.control.tallies(setup.event.eventId)).toEqual([
      { groupId: g1, solutionId: sA1, votes: 1 },
    ]);
  });

  it('refuses a dot on something that is not a solution of a group of this event', async () => {
    await openVoting(3, 2);
    for (const vote of [
      { groupId: 'gzzzzzzz', solutionId: sA1, delta: 1 },
      { groupId: g1, solutionId: '../x', delta: 1 },
      { groupId: g1, solutionId: 'x'.repeat(10_000), delta: 1 },
      // Well-formed, but no such solution on that board (sB1 is on the other group's).
      { groupId: g1, solutionId: sB1, delta: 1 },
      { groupId: g1, solutionId: `${sA1.slice(0, -1)}${sA1.endsWith('z') ? 'y' : 'z'}`, delta: 1 },
      { groupId: g1, solutionId: sA1, delta: 2 },
      { groupId: g1, solutionId: sA1, delta: '1' },
      { groupId: g1, solutionId: sA1 },
      null,
      'g1/sA1',
    ]) {
      expect(await command(anna, 'vote:cast', vote), JSON.stringify(vote).slice(0, 80)).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    }
    expect(await server.control.tallies(setup.event.eventId)).toEqual([]);
  });

  it('shows nobody the tallies before the reveal; after it everyone gets them, sorted, and live', async () => {
    await openVoting(3, 2);
    await castOk(anna, g1, sA1, 1);
    await castOk(anna, g2, sB1, 1);
    await castOk(casClient, g1, sA1, 1);
    await castOk(casClient, g1, sA1, 1);
    await castOk(casClient, g2, sB1, 1);
    // A facilitator asking for the ballot and presence is not a way to see the votes either.
    emitRaw(facilitator, 'votes:ballot');
    await nextEvent(facilitator, 'votes:ballot');

    // Nobody, staff and projector included, has received any tally or anyone else's dots.
    for (const client of everyone()) expect(receivedOf(client, 'votes:results')).toEqual([]);
    for (const client of [facilitator, organizer, projector, problemOwner]) {
      expect(receivedOf(client, 'votes:mine')).toEqual([]);
    }
    for (const [votes] of receivedOf(casClient, 'votes:mine') as [MyVotes][]) {
      expect(Object.keys(votes.allocations).every((k) => k === key(g1, sA1) || k === key(g2, sB1))).toBe(
        true,
      );
    }
    expect(receivedOf(casClient, 'votes:mine').at(-1)).toEqual([
      { allocations: { [key(g1, sA1)]: 2, [key(g2, sB1)]: 1 }, remaining: 0 },
    ]);
    for (const [votes] of receivedOf(anna, 'votes:mine') as [MyVotes][]) {
      expect(votes.allocations[key(g1, sA1)] ?? 0).toBeLessThanOrEqual(1);
    }

    const marks = marksNow();
    await facilitate('voting:reveal', true);
    const expected: VoteTally[] = [
      { groupId: g1, solutionId: sA1, votes: 3 },
      { groupId: g2, solutionId: sB1, votes: 2 },
    ];
    for (const [i, results] of (await resultsEverywhere(marks)).entries()) {
      expect(results, `client ${i}`).toEqual(expected);
    }
    for (const client of everyone()) {
      // Exactly one, and only after the state that says the votes are revealed.
      expect(receivedOf(client, 'votes:results')).toHaveLength(1);
      const resultsAt = client.received.findIndex((r) => r.event === 'votes:results');
      const revealedAt = client.received.findIndex(
        (r) =>
          r.event === 'control:state' && (r.args[0] as { voting: { revealed: boolean } }).voting.revealed,
      );
      expect(revealedAt).toBeGreaterThanOrEqual(0);
      expect(resultsAt).toBeGreaterThan(revealedAt);
    }

    // A dot after the reveal: everyone sees the new ranking.
    const later = marksNow();
    await castOk(anna, g1, sA2, 1);
    for (const results of await resultsEverywhere(later)) {
      expect(results).toEqual([...expected, { groupId: g1, solutionId: sA2, votes: 1 }]);
    }
    const fewer = marksNow();
    await castOk(casClient, g1, sA1, -1);
    await castOk(casClient, g1, sA1, -1);
    const sA1Once = (results: unknown) =>
      (results as VoteTally[] | null)?.some((t) => t.solutionId === sA1 && t.votes === 1) === true;
    for (const results of await resultsEverywhere(fewer, sA1Once)) {
      expect(results).toEqual([
        { groupId: g2, solutionId: sB1, votes: 2 },
        { groupId: g1, solutionId: sA1, votes: 1 },
        { groupId: g1, solutionId: sA2, votes: 1 },
      ]);
    }

    // Someone who connects now gets the results at once.
    const late = await connectControl(server.url, setup.tokens.projector);
    await nextEvent(late, 'votes:results', { from: 0 });
    expect(receivedOf(late, 'votes:results').at(-1)![0]).toEqual(
      await server.control.tallies(setup.event.eventId),
    );

    // Hiding them again tells everyone.
    const hidden = marksNow();
    await facilitate('voting:reveal', false);
    for (const results of await resultsEverywhere(hidden)) expect(results).toBeNull();
  });

  it('opening the vote sends every client the ballot of every group', async () => {
    const marks = marksNow();
    await openVoting(3, 2);
    const expected = [
      { groupId: g1, groupName: 'Groep 1', solutionId: sA1, title: 'Mentorprogramma' },
      { groupId: g1, groupName: 'Groep 1', solutionId: sA2, title: 'Roosterinspraak' },
      { groupId: g2, groupName: 'Groep 2', solutionId: sB1, title: 'Intervisie' },
    ];
    for (const [i, client] of everyone().entries()) {
      const [ballot] = await nextEvent(client, 'votes:ballot', { from: marks[i] });
      expect(bySolution(ballot as BallotEntry[])).toEqual(expected);
    }
  });

  it('a client connecting before the reveal gets no results, but the ballot while voting is open', async () => {
    await openVoting(3, 2);
    await castOk(anna, g1, sA1, 1);
    const late = await connectControl(server.url, setup.tokens.projector);
    const [ballot] = await nextEvent(late, 'votes:ballot', { from: 0 });
    expect(bySolution(ballot as BallotEntry[])).toEqual([
      { groupId: g1, groupName: 'Groep 1', solutionId: sA1, title: 'Mentorprogramma' },
      { groupId: g1, groupName: 'Groep 1', solutionId: sA2, title: 'Roosterinspraak' },
      { groupId: g2, groupName: 'Groep 2', solutionId: sB1, title: 'Intervisie' },
    ]);
    // Anyone may ask for the ballot again.
    const mark = anna.received.length;
    emitRaw(anna, 'votes:ballot');
    const [again] = await nextEvent(anna, 'votes:ballot', { from: mark });
    expect(bySolution(again as BallotEntry[])).toEqual(bySolution(ballot as BallotEntry[]));
    // The time:sync round trip is a barrier: the connect-time messages came before it.
    await request(late, 'time:sync');
    expect(receivedOf(late, 'votes:results')).toEqual([]);
  });

  it('reset clears every dot, tells everyone, and hides the results', async () => {
    await openVoting(3, 2);
    await castOk(anna, g1, sA1, 1);
    await castOk(casClient, g2, sB1, 1);
    const revealed = marksNow();
    await facilitate('voting:reveal', true);
    await resultsEverywhere(revealed);

    const marks = marksNow();
    await facilitate('voting:reset');
    for (const results of await resultsEverywhere(marks)) expect(results).toBeNull();
    for (const [i, participant] of [anna, casClient].entries()) {
      const [mine] = await nextEvent(participant, 'votes:mine', {
        from: marks[i],
        where: (votes) => Object.keys((votes as MyVotes).allocations).length === 0,
      });
      expect(mine).toEqual({ allocations: {}, remaining: 3 });
    }
    expect(await server.control.tallies(setup.event.eventId)).toEqual([]);
    expect(await server.control.state(setup.event.eventId)).toMatchObject({
      voting: { open: true, revealed: false },
    });
    // Everyone has a full budget again.
    expect(await castOk(anna, g1, sA1, 1)).toEqual({ allocations: { [key(g1, sA1)]: 1 }, remaining: 2 });
  });

  it('votes survive a restart', async () => {
    await openVoting(3, 2);
    await castOk(anna, g1, sA1, 1);
    await castOk(anna, g1, sA1, 1);
    await castOk(casClient, g2, sB1, 1);
    closeControlClients();
    await server.close();

    server = await startTestServer({ dataDir: server.dataDir });
    await connectAll();
    expect(anna.latest().voting).toEqual({ open: true, revealed: false, budget: 3, maxPerSolution: 2 });
    const [mine] = await nextEvent(anna, 'votes:mine', { from: 0 });
    expect(mine).toEqual({ allocations: { [key(g1, sA1)]: 2 }, remaining: 1 });
    // Still within the stored budget and maximum.
    expect(await castRefused(anna, g1, sA1, 1)).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const marks = marksNow();
    await facilitate('voting:reveal', true);
    for (const results of await resultsEverywhere(marks)) {
      expect(results).toEqual([
        { groupId: g1, solutionId: sA1, votes: 2 },
        { groupId: g2, solutionId: sB1, votes: 1 },
      ]);
    }
  });

  it('staff and projectors cannot vote', async () => {
    await openVoting(3, 2);
    for (const client of [facilitator, organizer, projector, problemOwner]) {
      expect(await castRefused(client, g1, sA1, 1)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(await server.control.tallies(setup.event.eventId)).toEqual([]);
    expect(await server.store.getRecord('votes', setup.event.eventId)).toBeUndefined();
  });

  it('counts every dot when participants vote at the same moment', async () => {
    await openVoting(3, 3);
    const results = await Promise.all([
      command(anna, 'vote:cast', { groupId: g1, solutionId: sA1, delta: 1 }),
      command(casClient, 'vote:cast', { groupId: g1, solutionId: sA1, delta: 1 }),
      command(anna, 'vote:cast', { groupId: g2, solutionId: sB1, delta: 1 }),
      command(casClient, 'vote:cast', { groupId: g2, solutionId: sB1, delta: 1 }),
    ]);
    expect(results).toEqual(Array.from({ length: 4 }, () => ({ ok: true })));
    const tallies = await server.control.tallies(setup.event.eventId);
    expect(tallies.reduce((sum, t) => sum + t.votes, 0)).toBe(4);
  });

  it('never grants more dots than the budget to a burst of casts', async () => {
    await openVoting(3, 3);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => command(anna, 'vote:cast', { groupId: g1, solutionId: sA1, delta: 1 })),
    );
    const granted = results.filter((result) => result.ok).length;
    const { allocations } = await server.control.myVotes(
      setup.event.eventId,
      setup.participant.participantId,
    );
    // Every acknowledged dot is a dot the server keeps, and no more than the budget.
    expect(granted).toBe(3);
    expect(allocations).toEqual({ [key(g1, sA1)]: 3 });
    expect(results.filter((result) => !result.ok)).toEqual(
      Array.from({ length: 5 }, () => ({ ok: false, error: { code: 'conflict', message: 'no dots left' } })),
    );
  });
});
