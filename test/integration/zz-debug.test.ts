import { it } from 'vitest';
import { createEvent, join } from '../helpers/api.ts';
import { connectBoard, waitForSynced } from '../helpers/clients.ts';
import { startTestServer } from '../helpers/server.ts';

it('debug awareness', async () => {
  const server = await startTestServer();
  const event = await createEvent(server.url);
  const a = await join(server.url, event.joinCode, 'A', event.groups[0]!.groupId);
  const b = await join(server.url, event.joinCode, 'B', event.groups[0]!.groupId);
  const ca = connectBoard(server.url, a.docs.group, a.token);
  const cb = connectBoard(server.url, b.docs.group, b.token);
  await waitForSynced(ca); await waitForSynced(cb);
  await new Promise((r) => setTimeout(r, 300));
  console.log('room', [...server.rooms.get(a.docs.group)!.awareness.getStates().entries()], ca.doc.clientID, cb.doc.clientID);
  console.log('b sees', [...cb.provider.awareness.getStates().entries()]);
  (cb.provider.ws as any).addEventListener('message', (e: any) => console.log('b got', new Uint8Array(e.data).length, [...cb.provider.awareness.meta.entries()], cb.provider.awareness.clientID, (cb.provider.ws as any).onmessage?.toString().slice(0,80)));
  server.rooms.get(a.docs.group)!.awareness.on('update', (ch: any) => console.log('room update', ch));
  ca.provider.awareness.setLocalStateField('marker', 'x');
  await new Promise((r) => setTimeout(r, 300));
  console.log('room', [...server.rooms.get(a.docs.group)!.awareness.getStates().entries()]);
  console.log('b sees', [...cb.provider.awareness.getStates().entries()]);
  cb.provider.awareness.on('update', (x: any, o: any) => console.log('b aw update', x, o === cb.provider));
  ca.provider.awareness.setLocalStateField('marker', 'y');
  await new Promise((r) => setTimeout(r, 300));
  console.log('b sees', [...cb.provider.awareness.getStates().entries()], [...cb.provider.awareness.meta.entries()]);
  ca.destroy(); cb.destroy(); await server.close();
});
