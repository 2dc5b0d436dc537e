import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from '../../shared/protocol/limits.ts';
import { closeControlClients, connectControl, eventWithRoles, request } from '../helpers/control.ts';
import { waitFor } from '../helpers/clients.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

/**
 * socket.io commands are limited per socket (never per IP: a classroom shares one): a
 * flood is refused with rate-limited past the burst, a socket that keeps flooding is
 * disconnected, and nobody else notices.
 */
describe('control channel rate limit', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    closeControlClients();
    await server.close();
  });

  it('refuses a flood past the burst, disconnects a socket that keeps on, and spares the others', async () => {
    const setup = await eventWithRoles(server.url, 'Rate event');
    const flooder = await connectControl(server.url, setup.tokens.facilitator);
    const neighbour = await connectControl(server.url, setup.tokens.participant);
    const burst = limits.maxControlCommandsPerSecond * 10;
    const answers = await Promise.all(
      Array.from({ length: burst + 100 }, () => request<unknown>(flooder, 'time:sync', [], 10_000)),
    );
    const refused = answers.filter(
      (answer) => (answer as { error?: { code?: string } }).error?.code === 'rate-limited',
    );
    // A few tokens refill while the flood is sent; the rest of the excess is refused.
    expect(refused.length).toBeGreaterThan(50);
    expect(answers.length - refused.length).toBeGreaterThanOrEqual(burst);
    expect(flooder.socket.connected).toBe(true);
    expect(typeof (await request<unknown>(neighbour, 'time:sync'))).toBe('number');

    for (let i = 0; i < limits.maxControlRefusalsBeforeDisconnect; i++)
      flooder.socket.emit('presence:refresh');
    await waitFor(() => !flooder.socket.connected, 10_000, 'the flooder to be disconnected');
    expect(typeof (await request<unknown>(neighbour, 'time:sync'))).toBe('number');
  });
});
