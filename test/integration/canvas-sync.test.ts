import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCard, setCardTag, toggleCardSetMember } from '../../shared/board/commands.ts';
import { projectBoard } from '../../shared/board/projection.ts';
import {
  addCostRow,
  createSolution,
  projectSolutions,
  solutionText,
  toggleSolutionSetMember,
  updateCostRow,
  setCostPeople,
} from '../../shared/board/solutions.ts';
import { summarizeCosts } from '../../shared/board/costs.ts';
import { renameNode } from '../../shared/taxonomy/commands.ts';
import { projectTaxonomy } from '../../shared/taxonomy/projection.ts';
import { createEvent, join, mintToken } from '../helpers/api.ts';
import { connectBoard, waitFor, waitForSynced, type BoardClient } from '../helpers/clients.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

describe('canvases: tagging, linking and solutions converge through the server', () => {
  let server: TestServer;
  const clients: BoardClient[] = [];

  beforeEach(async () => {
    server = await startTestServer();
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  async function open(docName: string, token: string, readOnly = false): Promise<BoardClient> {
    const client = connectBoard(server.url, docName, token, { readOnly });
    clients.push(client);
    await waitForSynced(client);
    return client;
  }

  it('two participants tag the same card and edit one solution concurrently; both end identical', async () => {
    const event = await createEvent(server.url, ['Groep 1']);
    const groupId = event.groups[0]!.groupId;
    const annaJoin = await join(server.url, event.joinCode, 'Anna', groupId);
    const bramJoin = await join(server.url, event.joinCode, 'Bram', groupId);
    const anna = await open(annaJoin.docs.group, annaJoin.token);
    const bram = await open(bramJoin.docs.group, bramJoin.token);
    const taxonomyClient = await open(annaJoin.docs.event, annaJoin.token, true);
    const taxonomy = projectTaxonomy(taxonomyClient.doc);
    const factor = taxonomy.nodes.get(taxonomy.nodes.get(taxonomy.roots.stressorCode[0]!.id)!.childIds[0]!)!;

    addCard(anna.doc, {
      id: 'ctagged0001',
      polarity: 'stressor',
      text: 'Administratie',
      authorId: annaJoin.participantId,
      authorName: 'Anna',
      createdAt: 1,
    });
    await waitFor(() => projectBoard(bram.doc).cards.length === 1, 5_000, 'card at Bram');

    // Concurrent: Anna tags code and phases, Bram tags context, need and another phase.
    setCardTag(anna.doc, 'ctagged0001', 'code', factor.id);
    toggleCardSetMember(anna.doc, 'ctagged0001', 'phases', 'careerPhase:anios', true);
    setCardTag(bram.doc, 'ctagged0001', 'context', 'context:organizational');
    setCardTag(bram.doc, 'ctagged0001', 'need', 'need:autonomy');
    toggleCardSetMember(bram.doc, 'ctagged0001', 'phases', 'careerPhase:aios', true);
    toggleCardSetMember(bram.doc, 'ctagged0001', 'evidence', '002-Q11-aios', true);

    createSolution(anna.doc, {
      id: 'scoaching001',
      templateId: 'coaching',
      createdAt: 2,
      costItems: ['Coach'],
    });
    await waitFor(() => projectSolutions(bram.doc).length === 1, 5_000, 'solution at Bram');
    solutionText(anna.doc, 'scoaching001', 'title')!.insert(0, 'Coaching voor elke anios');
    solutionText(bram.doc, 'scoaching001', 'what')!.insert(0, 'Een coach per 50 anios');
    toggleSolutionSetMember(anna.doc, 'scoaching001', 'stressorCards', 'ctagged0001', true);
    toggleSolutionSetMember(bram.doc, 'scoaching001', 'levels', 'level:organizational', true);
    toggleSolutionSetMember(anna.doc, 'scoaching001', 'careerPhases', 'careerPhase:anios', true);
    const rowId = projectSolutions(anna.doc)[0]!.costs[0]!.id;
    updateCostRow(anna.doc, 'scoaching001', rowId, { quantity: 1, unitCost: 70_000 });
    setCostPeople(bram.doc, 'scoaching001', 50);
    addCostRow(bram.doc, 'scoaching001', 'Intervisie');

    await waitFor(
      () =>
        JSON.stringify(projectBoard(anna.doc)) === JSON.stringify(projectBoard(bram.doc)) &&
        JSON.stringify(projectSolutions(anna.doc)) === JSON.stringify(projectSolutions(bram.doc)) &&
        projectSolutions(anna.doc)[0]!.costs.length === 2 &&
        projectSolutions(anna.doc)[0]!.costPeople === 50,
      5_000,
      'convergence',
    );
    const card = projectBoard(bram.doc).cards[0]!;
    expect(card.tags).toEqual({
      code: factor.id,
      context: 'context:organizational',
      need: 'need:autonomy',
      phases: ['careerPhase:aios', 'careerPhase:anios'],
      evidence: ['002-Q11-aios'],
    });
    const solution = projectSolutions(bram.doc)[0]!;
    expect(solution.title).toBe('Coaching voor elke anios');
    expect(solution.stressorCards).toEqual(['ctagged0001']);
    expect(solution.levels).toEqual(['level:organizational']);
    const coachRow = solution.costs.find((row) => row.item === 'Coach')!;
    expect(summarizeCosts([coachRow], solution.costPeople).perPerson).toBe(1_400);
  });

  it("an organizer's rename reaches a participant's open event doc live; participants cannot write it", async () => {
    const event = await createEvent(server.url, ['Groep 1']);
    const participant = await join(server.url, event.joinCode, 'Anna', event.groups[0]!.groupId);
    const organizer = await open(participant.docs.event, event.organizerToken);
    const reader = await open(participant.docs.event, participant.token, true);
    const actor = projectTaxonomy(organizer.doc).roots.actor[0]!;

    renameNode(organizer.doc, actor.id, { nl: 'De specialist', en: 'The specialist' });
    await waitFor(
      () => projectTaxonomy(reader.doc).nodes.get(actor.id)?.label.en === 'The specialist',
      5_000,
      'rename at participant',
    );

    // A participant's write to the event doc closes its connection (read-only) and is not relayed.
    const closed: number[] = [];
    reader.provider.on('connection-close', (event) => {
      if (event) closed.push(event.code);
    });
    renameNode(reader.doc, actor.id, { en: 'Hacked' });
    await waitFor(() => closed.includes(4403), 5_000, 'read-only close');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(projectTaxonomy(organizer.doc).nodes.get(actor.id)?.label.en).toBe('The specialist');

    // A facilitator reads the event doc too, and may not write it either.
    const facilitatorToken = await mintToken(server.url, event.eventId, event.organizerToken, 'facilitator');
    const facilitator = await open(participant.docs.event, facilitatorToken, true);
    expect(projectTaxonomy(facilitator.doc).nodes.get(actor.id)?.label.en).toBe('The specialist');
  });
});
