import type * as Y from 'yjs';
import { addCard, cardText, editCardText } from '../../shared/board/commands.ts';
import { stressorCard } from './fixtures.ts';
import { waitFor, type BoardClient } from './clients.ts';

/**
 * Two clients that keep editing a board while a test does something else, and measure how
 * long each edit takes to reach the other one through the server (both run in the test
 * process, so one clock times both ends). Each tick one of them appends a character to its
 * own card and, in the same transaction, writes a numbered ping into a `pings` map; the
 * other one timestamps the ping when the update arrives.
 */
export interface EditingPair {
  /** Delivery delays in ms, in the order the pings arrived. */
  samples: number[];
  /** Pings sent so far. */
  sent(): number;
  /** Stops sending and waits until every ping sent has arrived. */
  stop(timeoutMs?: number): Promise<void>;
}

export function startEditingPair(a: BoardClient, b: BoardClient, intervalMs = 50): EditingPair {
  const samples: number[] = [];
  const sentAt = new Map<string, number>();
  const cards = new Map<BoardClient, string>([
    [a, 'clatencyaaaa'],
    [b, 'clatencybbbb'],
  ]);
  for (const [client, id] of cards) addCard(client.doc, stressorCard(id, ''));

  const observe = (client: BoardClient) => (event: Y.YMapEvent<unknown>) => {
    if (event.transaction.local) return;
    const now = performance.now();
    for (const key of event.keysChanged) {
      const at = sentAt.get(key);
      if (at === undefined || !key.startsWith(client === a ? 'b' : 'a')) continue;
      sentAt.delete(key);
      samples.push(now - at);
    }
  };
  const observers = new Map([a, b].map((client) => [client, observe(client)]));
  for (const [client, observer] of observers) client.doc.getMap('pings').observe(observer);

  let count = 0;
  const timer = setInterval(() => {
    const from = count % 2 === 0 ? a : b;
    const key = `${from === a ? 'a' : 'b'}${count++}`;
    const cardId = cards.get(from)!;
    from.doc.transact(() => {
      const current = cardText(from.doc, cardId)?.toString() ?? '';
      editCardText(from.doc, cardId, (current + String.fromCharCode(97 + (count % 26))).slice(-200));
      sentAt.set(key, performance.now());
      from.doc.getMap('pings').set(key, count);
    });
  }, intervalMs);

  return {
    samples,
    sent: () => count,
    stop: async (timeoutMs = 10_000) => {
      clearInterval(timer);
      try {
        await waitFor(() => sentAt.size === 0, timeoutMs, `${sentAt.size} pings still under way`);
      } finally {
        for (const [client, observer] of observers) client.doc.getMap('pings').unobserve(observer);
        observers.clear();
      }
    },
  };
}

/** The q-quantile (0–1) of a list of numbers, nearest rank. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
