import type * as Y from 'yjs';
import { addCard, cardText as cardTextOf } from '../../shared/board/commands.ts';
import { cardsMap, type Polarity } from '../../shared/board/layout.ts';
import type { CreateEventResponse } from '../../shared/protocol/api.ts';
import { createEvent, join, mintToken } from '../../test/helpers/api.ts';
import { inBatches, withTimeout } from '../../test/helpers/boardLoad.ts';
import { waitFor } from '../../test/helpers/clients.ts';
import { LeanClient } from '../../test/helpers/leanClient.ts';
import { cardText, seededRandom } from './cardTexts.ts';
import { epochNowMs } from './clock.ts';

/**
 * The class the wall watches: an event with `groups` groups and `students` students spread
 * over them (C-300: 300 in 40), each a lean protocol client (test/helpers/leanClient.ts).
 * Each group has `cardsPerGroup` cards that its students type into together.
 *
 * Every typed update appends a word and a marker `@@T<student>.<seq>;` to a card, so the
 * page can tell when that very update reached its DOM. Cards are kept short (the oldest
 * text is cut, as a student rewriting a card does), so they never hit the 2,000-character
 * card limit.
 */
export interface WallLoadPlan {
  groups: number;
  students: number;
  cardsPerGroup: number;
  /** Typed updates per student per second (the C-300 steady phase: 1). */
  updatesPerSecond: number;
  maxCardChars: number;
  /** What is left of a card after the oldest text is cut. */
  trimmedCardChars: number;
}

export interface Writer {
  index: number;
  group: number;
  cardId: string;
  client: LeanClient;
  seq: number;
}

export interface SentUpdate {
  key: string;
  sentEpochMs: number;
}

const words = [
  'roosters',
  'nachtdienst',
  'supervisie',
  'waardering',
  'EPD',
  'overdracht',
  'autonomie',
  'collega’s',
  'feedback',
  'werkdruk',
  'opleiding',
  'herstel',
];

export const markerOf = (writer: number, seq: number): string => `@@T${writer}.${seq};`;

export class WallLoad {
  readonly writers: Writer[] = [];
  readonly sent: SentUpdate[] = [];
  event: CreateEventResponse | null = null;
  projectorToken = '';
  /** Markers written into the cards before the wall opens: all must show once it loaded. */
  readonly initialMarkers: string[] = [];
  readonly #plan: WallLoadPlan;
  readonly #random = seededRandom(40);
  #timer: NodeJS.Timeout | undefined;

  constructor(plan: WallLoadPlan) {
    this.#plan = plan;
  }

  /** Event, students, sockets and cards; every student sees its group's cards at the end. */
  async setUp(url: string): Promise<void> {
    const plan = this.#plan;
    const event = await createEvent(
      url,
      Array.from({ length: plan.groups }, (_, g) => `Groep ${g + 1}`),
      'Hackathon bevlogenheid — de muur',
    );
    this.event = event;
    this.projectorToken = await mintToken(url, event.eventId, event.organizerToken, 'projector');
    const seats = Array.from({ length: plan.students }, (_, index) => ({
      index,
      group: index % plan.groups,
    }));
    const joined = await inBatches(seats, 8, (seat) =>
      join(url, event.joinCode, `Student ${seat.index + 1}`, event.groups[seat.group]!.groupId),
    );
    await inBatches(seats, 25, async (seat) => {
      const participant = joined[seat.index]!;
      const client = new LeanClient(url, participant.docs.group, participant.token);
      const writer: Writer = {
        index: seat.index,
        group: seat.group,
        // The group's students share its cards: groups write a card together. (Card ids
        // have 8 to 24 characters after the `c`, or the projection leaves the card out.)
        cardId: `cwallg${String(seat.group).padStart(2, '0')}k${Math.floor(seat.index / plan.groups) % plan.cardsPerGroup}`,
        client,
        seq: 0,
      };
      this.writers.push(writer);
      await withTimeout(client.ready, 30_000, `student ${seat.index + 1} to sync`);
    });
    this.writers.sort((a, b) => a.index - b.index);
    const creators = this.writers.filter((writer) => writer.index < plan.groups * plan.cardsPerGroup);
    for (const creator of creators) {
      const polarity: Polarity = Math.floor(creator.index / plan.groups) % 2 === 0 ? 'stressor' : 'energy';
      const marker = markerOf(creator.index, 0);
      this.initialMarkers.push(`${creator.index}.0`);
      const created = creator.client.write((doc) =>
        addCard(doc, {
          id: creator.cardId,
          polarity,
          text: `${cardText(polarity, this.#random)} ${marker}`,
          authorId: null,
          authorName: `Student ${creator.index + 1}`,
          createdAt: Date.now(),
        }),
      );
      if (created === null) throw new Error(`student ${creator.index + 1} could not create its card`);
    }
    await waitFor(
      () =>
        this.writers.every((writer) => {
          writer.client.applyReceived();
          return cardsMap(writer.client.doc).size === plan.cardsPerGroup;
        }),
      30_000,
      'every student to see the cards of its group',
    );
  }

  /** Every student types `updatesPerSecond` updates a second, spread evenly over the class. */
  start(): void {
    const periodMs = 1000 / this.#plan.updatesPerSecond;
    const startedMs = performance.now();
    const due = this.writers.map((_, i) => startedMs + (periodMs * i) / this.writers.length);
    // One timer for the class: 300 timers would cost the generator more than the typing.
    this.#timer = setInterval(() => {
      const nowMs = performance.now();
      this.writers.forEach((writer, i) => {
        if (due[i]! > nowMs) return;
        this.#type(writer);
        due[i] = Math.max(due[i]! + periodMs, nowMs);
      });
    }, 5);
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #type(writer: Writer): void {
    const seq = ++writer.seq;
    const word = words[Math.floor(this.#random() * words.length)]!;
    const sentEpochMs = epochNowMs();
    const written = writer.client.write((doc: Y.Doc) => {
      const text = cardTextOf(doc, writer.cardId);
      if (!text) throw new Error(`student ${writer.index + 1} lost card ${writer.cardId}`);
      text.insert(text.length, ` ${word} ${markerOf(writer.index, seq)}`);
      if (text.length > this.#plan.maxCardChars) text.delete(0, text.length - this.#plan.trimmedCardChars);
    });
    if (written !== null) this.sent.push({ key: `${writer.index}.${seq}`, sentEpochMs });
  }

  /** Sockets that closed during the run (the server should close none). */
  get closedSockets(): number {
    return this.writers.filter((writer) => writer.client.closeCode !== null).length;
  }

  destroy(): void {
    this.stop();
    for (const writer of this.writers) writer.client.destroy();
  }
}
