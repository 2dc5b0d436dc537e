import crypto from 'node:crypto';
import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCard } from '../../shared/board/commands.ts';
import { projectBoard } from '../../shared/board/projection.ts';
import { createEvent, join } from '../helpers/api.ts';
import { connectBoard, waitFor, waitForSynced, type BoardClient } from '../helpers/clients.ts';
import { stressorCard } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

/** Opens a websocket by hand, so a test can send a frame header without its payload. */
async function rawWebsocket(url: string): Promise<{ socket: net.Socket; received: () => Buffer }> {
  const target = new URL(url);
  const socket = net.connect(Number(target.port), target.hostname);
  let buffer = Buffer.alloc(0);
  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('error', reject);
  });
  socket.write(
    `GET ${target.pathname}${target.search} HTTP/1.1\r\nHost: ${target.host}\r\nUpgrade: websocket\r\n` +
      `Connection: Upgrade\r\nSec-WebSocket-Key: ${crypto.randomBytes(16).toString('base64')}\r\n` +
      'Sec-WebSocket-Version: 13\r\n\r\n',
  );
  await waitFor(() => buffer.includes('\r\n\r\n'), 5_000, 'handshake');
  const head = buffer.subarray(0, buffer.indexOf('\r\n\r\n') + 4).toString();
  expect(head.startsWith('HTTP/1.1 101')).toBe(true);
  buffer = buffer.subarray(buffer.indexOf('\r\n\r\n') + 4);
  return { socket, received: () => buffer };
}

/** The code of the first close frame among the server's (unmasked) frames, if any yet. */
function closeCodeIn(bytes: Buffer): number | null {
  let offset = 0;
  while (offset + 2 <= bytes.length) {
    const opcode = bytes[offset]! & 0x0f;
    let length = bytes[offset + 1]! & 0x7f;
    let start = offset + 2;
    if (length === 126) {
      length = bytes.readUInt16BE(start);
      start += 2;
    } else if (length === 127) {
      length = Number(bytes.readBigUInt64BE(start));
      start += 8;
    }
    if (start + length > bytes.length) return null;
    if (opcode === 0x8) return length >= 2 ? bytes.readUInt16BE(start) : 1005;
    offset = start + length;
  }
  return null;
}

describe('message size limit', () => {
  let server: TestServer;
  const clients: BoardClient[] = [];

  beforeEach(async () => {
    server = await startTestServer();
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  it('refuses a 10 MB frame from its header alone (close 1009), and other clients carry on', async () => {
    const event = await createEvent(server.url);
    const groupId = event.groups[0]!.groupId;
    const attacker = await join(server.url, event.joinCode, 'Mallory', groupId);
    const neighbour = await join(server.url, event.joinCode, 'Anna', groupId);
    const watcher = await join(server.url, event.joinCode, 'Bram', groupId);
    const anna = connectBoard(server.url, neighbour.docs.group, neighbour.token);
    const bram = connectBoard(server.url, watcher.docs.group, watcher.token);
    clients.push(anna, bram);
    await Promise.all([waitForSynced(anna), waitForSynced(bram)]);

    const wsUrl = `${server.url.replace('http', 'ws')}/yjs/${attacker.docs.group}?token=${attacker.token}`;
    const { socket, received } = await rawWebsocket(wsUrl);
    const header = Buffer.alloc(14);
    header[0] = 0x82; // FIN + binary
    header[1] = 0x80 | 127; // masked, 64-bit length follows
    header.writeBigUInt64BE(BigInt(10 * 1024 * 1024), 2);
    crypto.randomBytes(4).copy(header, 10);
    socket.write(header);

    // The close frame arrives although not one payload byte was sent.
    await waitFor(() => closeCodeIn(received()) !== null, 5_000, 'close frame');
    expect(closeCodeIn(received())).toBe(1009);
    socket.destroy();

    addCard(anna.doc, stressorCard('climits001', 'nog steeds live'));
    await waitFor(() => projectBoard(bram.doc).cards.length === 1, 5_000, 'others unaffected');
  });
});
