import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCard, toggleCardSetMember } from '../../shared/board/commands.ts';
import { projectBoard } from '../../shared/board/projection.ts';
import { createSolution, projectSolutions, toggleSolutionSetMember } from '../../shared/board/solutions.ts';
import type { EvidenceCard } from '../../shared/domain/types.ts';
import { evidenceLinks, parseEvidenceResponse } from '../../client/src/lib/evidenceSearch.ts';
import { createEvent, join } from '../helpers/api.ts';
import { connectBoard, waitFor, waitForSynced, type BoardClient } from '../helpers/clients.ts';
import { stressorCard } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

describe('evidence library: served over HTTP, linked in a group, converging between participants', () => {
  let server: TestServer;
  const clients: BoardClient[] = [];

  beforeEach(async () => {
    server = await startTestServer();
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  async function participant(name: string, code: string, groupId: string): Promise<BoardClient> {
    const joined = await join(server.url, code, name, groupId);
    const client = connectBoard(server.url, joined.docs.group, joined.token);
    clients.push(client);
    await waitForSynced(client);
    return client;
  }

  async function library(): Promise<EvidenceCard[]> {
    const response = await fetch(`${server.url}/api/evidence`);
    expect(response.status).toBe(200);
    const { cards, rejected } = parseEvidenceResponse(await response.json());
    expect(rejected).toBe(0);
    return cards;
  }

  it('GET /api/evidence serves the library, public and cacheable, with every field the client needs', async () => {
    const response = await fetch(`${server.url}/api/evidence`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const body = (await response.json()) as { cards: EvidenceCard[] };
    expect(body.cards.length).toBeGreaterThanOrEqual(40);

    for (const card of body.cards) {
      expect(card.id, 'id').toMatch(/^00[1-4]-/);
      for (const text of [card.statement, card.population]) {
        expect(typeof text.nl === 'string' && text.nl.length > 0, card.id).toBe(true);
        expect(typeof text.en === 'string' && text.en.length > 0, card.id).toBe(true);
      }
      expect(['quantitative', 'mentions', 'qualitative']).toContain(card.kind);
      expect(card.n === null || (Number.isInteger(card.n) && card.n > 0), card.id).toBe(true);
      expect(['001', '002', '003', '004']).toContain(card.source.document);
      expect(card.source.title.length, card.id).toBeGreaterThan(0);
      expect(card.source.location.length, card.id).toBeGreaterThan(0);
      expect(
        Array.isArray(card.figures) && Array.isArray(card.categories) && Array.isArray(card.careerPhases),
      ).toBe(true);
      for (const category of card.categories) expect(category, card.id).toMatch(/^(S([1-9]|1[0-3])|E[1-9])$/);
      // Open answers are counted as mentions, with no base N: never percentages.
      if (card.kind === 'mentions') {
        expect(card.n, card.id).toBeNull();
        for (const figure of card.figures) expect(figure.unit, card.id).toBe('mentions');
      }
    }
    // The client's own check accepts every card the server sends.
    expect(await library()).toHaveLength(body.cards.length);
  });

  it('one participant links evidence to an analysis card and a solution; the other sees both links', async () => {
    const cards = await library();
    const evidence = cards.find((card) => card.id === '002-Q11-anios') ?? cards[0]!;
    const other = cards.find((card) => card.kind === 'mentions')!;

    const event = await createEvent(server.url, ['Groep 1']);
    const groupId = event.groups[0]!.groupId;
    const anna = await participant('Anna', event.joinCode, groupId);
    const bram = await participant('Bram', event.joinCode, groupId);

    addCard(anna.doc, stressorCard('cadmin00001', 'Te veel administratie'));
    createSolution(anna.doc, { id: 'sminderadmin1', templateId: 'blank', createdAt: 2 });
    await waitFor(
      () => projectBoard(bram.doc).cards.length === 1 && projectSolutions(bram.doc).length === 1,
      5_000,
      'card and solution at Bram',
    );

    // Anna links one evidence card to both; concurrently Bram links another to the card.
    toggleCardSetMember(anna.doc, 'cadmin00001', 'evidence', evidence.id, true);
    toggleSolutionSetMember(anna.doc, 'sminderadmin1', 'evidence', evidence.id, true);
    toggleCardSetMember(bram.doc, 'cadmin00001', 'evidence', other.id, true);

    const linksAt = (client: BoardClient) =>
      evidenceLinks(projectBoard(client.doc).cards, projectSolutions(client.doc));
    await waitFor(
      () => (linksAt(bram).get(evidence.id)?.length ?? 0) === 2 && linksAt(anna).has(other.id),
      5_000,
      'links at both',
    );
    expect(projectBoard(bram.doc).cards[0]!.tags.evidence).toEqual([evidence.id, other.id].sort());
    expect(projectSolutions(bram.doc)[0]!.evidence).toEqual([evidence.id]);
    expect(linksAt(bram).get(evidence.id)).toEqual([
      { kind: 'card', id: 'cadmin00001' },
      { kind: 'solution', id: 'sminderadmin1' },
    ]);
    expect(linksAt(bram).get(other.id)).toEqual([{ kind: 'card', id: 'cadmin00001' }]);

    await waitFor(
      () =>
        JSON.stringify(projectBoard(anna.doc)) === JSON.stringify(projectBoard(bram.doc)) &&
        JSON.stringify(projectSolutions(anna.doc)) === JSON.stringify(projectSolutions(bram.doc)),
      5_000,
      'convergence',
    );
    await waitFor(() => anna.saves.state.unsaved === 0 && bram.saves.state.unsaved === 0, 5_000, 'stored');

    // Bram unlinks the solution; Anna sees it go, and the card keeps its links.
    toggleSolutionSetMember(bram.doc, 'sminderadmin1', 'evidence', evidence.id, false);
    await waitFor(() => projectSolutions(anna.doc)[0]!.evidence.length === 0, 5_000, 'unlink at Anna');
    expect(linksAt(anna).get(evidence.id)).toEqual([{ kind: 'card', id: 'cadmin00001' }]);

    // A participant joining later gets the links from the server.
    const cas = await participant('Cas', event.joinCode, groupId);
    await waitFor(() => projectBoard(cas.doc).cards.length === 1, 5_000, 'board at Cas');
    await waitFor(() => projectSolutions(cas.doc)[0]?.evidence.length === 0, 5_000, 'solution at Cas');
    expect(projectBoard(cas.doc)).toEqual(projectBoard(anna.doc));
    expect(linksAt(cas)).toEqual(linksAt(anna));
  });
});
