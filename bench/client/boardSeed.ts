import { addCard, newCardId, setCardTag } from '../../shared/board/commands.ts';
import { cardsMap, type Polarity } from '../../shared/board/layout.ts';
import type { CreateEventResponse, JoinResponse } from '../../shared/protocol/api.ts';
import { createEvent, join } from '../../test/helpers/api.ts';
import { connectBoard, waitFor, waitForSynced } from '../../test/helpers/clients.ts';
import { closeBoardClient } from './boardClient.ts';
import { cardText, laneCodes, seededRandom } from './cardTexts.ts';

export interface SeededBoard {
  event: CreateEventResponse;
  docName: string;
  /** The participant whose laptop opens the board in Chromium. */
  viewer: JoinResponse;
  /** A second participant of the group, for a Node client that watches the board. */
  watcher: JoinResponse;
  cardsWritten: number;
  writeMs: number;
}

/** Cards per transaction: a student adds cards one by one, a paste of a list adds a few at once. */
const cardsPerWrite = 10;
/** Tagged cards: groups tag about a third of their cards during the analysis. */
const taggedShare = 0.35;

/**
 * A group board with `cardCount` cards, half in each lane, written by `authors` students
 * through the server (every write stored and acknowledged), as a group that worked on it
 * for a morning leaves it. Then two more participants join: the one whose board opens in
 * the browser, and one whose Node client sees what the browser types.
 */
export async function seedBoard(url: string, cardCount: number, authors: number): Promise<SeededBoard> {
  const event = await createEvent(url, ['Groep 1'], 'Hackathon bevlogenheid');
  const groupId = event.groups[0]!.groupId;
  const random = seededRandom(500);
  const started = performance.now();
  let written = 0;
  for (let a = 0; a < authors; a++) {
    const author = await join(url, event.joinCode, `Student ${a + 1}`, groupId);
    const client = connectBoard(url, author.docs.group, author.token);
    try {
      await waitForSynced(client, 30_000);
      const share = Math.ceil((cardCount - written) / (authors - a));
      for (let done = 0; done < share; done += cardsPerWrite) {
        client.doc.transact(() => {
          for (let i = done; i < Math.min(share, done + cardsPerWrite); i++) {
            const polarity: Polarity = (written + i) % 2 === 0 ? 'stressor' : 'energy';
            const id = newCardId(random);
            addCard(client.doc, {
              id,
              polarity,
              text: cardText(polarity, random),
              authorId: author.participantId,
              authorName: `Student ${a + 1}`,
              createdAt: Date.now(),
            });
            if (random() < taggedShare) {
              const codes = laneCodes[polarity];
              setCardTag(client.doc, id, 'code', codes[Math.floor(random() * codes.length)]!);
            }
          }
        });
      }
      written += share;
      await waitFor(
        () => client.saves.state.unsaved === 0,
        30_000,
        `the server to store student ${a + 1}'s cards`,
      );
      if (cardsMap(client.doc).size !== written) {
        throw new Error(`student ${a + 1} sees ${cardsMap(client.doc).size} cards, expected ${written}`);
      }
    } finally {
      closeBoardClient(client);
    }
  }
  const viewer = await join(url, event.joinCode, 'Anna', groupId);
  const watcher = await join(url, event.joinCode, 'Bram', groupId);
  return {
    event,
    docName: viewer.docs.group,
    viewer,
    watcher,
    cardsWritten: written,
    writeMs: performance.now() - started,
  };
}
