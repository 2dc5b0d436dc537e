import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LaptopStatus } from '../../shared/protocol/events.ts';
import { join } from '../helpers/api.ts';
import {
  closeControlClients,
  connectControl,
  emitRaw,
  eventWithRoles,
  nextEvent,
  receivedOf,
} from '../helpers/control.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

describe('laptops that are offline or behind, for the facilitator', () => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer();
  });

  afterEach(async () => {
    closeControlClients();
    await server.close();
  });

  const laptopsWhere = (predicate: (laptops: LaptopStatus[]) => boolean) => (laptops: unknown) =>
    predicate(laptops as LaptopStatus[]);

  it('shows who is offline and whose changes are not yet saved; participants never get the list', async () => {
    const { event, participant, tokens } = await eventWithRoles(server.url);
    const other = await join(server.url, event.joinCode, 'Bram', event.groups[1]!.groupId);
    const facilitator = await connectControl(server.url, tokens.facilitator);
    const anna = await connectControl(server.url, participant.token);

    // Anna is online and reports 3 changes not yet saved; Bram never connected: offline.
    emitRaw(anna, 'status:report', { unsaved: 3 });
    const [laptops] = await nextEvent(facilitator, 'laptops', {
      from: 0,
      where: laptopsWhere((list) =>
        list.some((l) => l.participantId === participant.participantId && l.unsaved === 3),
      ),
    });
    const list = laptops as LaptopStatus[];
    expect(list.find((l) => l.participantId === participant.participantId)).toMatchObject({
      name: 'Anna',
      online: true,
      unsaved: 3,
    });
    expect(list.find((l) => l.participantId === other.participantId)).toMatchObject({
      name: 'Bram',
      online: false,
    });

    // Everything saved, then the lid closes: offline with a last-seen time.
    emitRaw(anna, 'status:report', { unsaved: 0 });
    await nextEvent(facilitator, 'laptops', {
      where: laptopsWhere((list) =>
        list.some((l) => l.participantId === participant.participantId && l.unsaved === 0),
      ),
    });
    anna.socket.disconnect();
    await nextEvent(facilitator, 'laptops', {
      where: laptopsWhere((list) =>
        list.some(
          (l) =>
            l.participantId === participant.participantId &&
            !l.online &&
            l.unsaved === 0 &&
            l.lastSeenMs !== null,
        ),
      ),
    });

    // Junk reports are ignored; participants never receive the list.
    const bram = await connectControl(server.url, other.token);
    emitRaw(bram, 'status:report', { unsaved: -5 });
    emitRaw(bram, 'status:report', 'lots');
    await new Promise((resolve) => setTimeout(resolve, 800));
    const latest = receivedOf(facilitator, 'laptops').at(-1)![0] as LaptopStatus[];
    expect(latest.find((l) => l.participantId === other.participantId)?.unsaved).toBe(0);
    expect(receivedOf(bram, 'laptops')).toEqual([]);
  });
});
