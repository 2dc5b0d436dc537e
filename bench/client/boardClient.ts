import type { BoardClient } from '../../test/helpers/clients.ts';

/**
 * Closes a Node board client for good. The provider's awareness keeps an interval timer
 * until its doc is destroyed, and `BoardClient.destroy()` leaves the doc alone (tests
 * reuse it), which would keep this process from exiting.
 */
export function closeBoardClient(client: BoardClient): void {
  client.destroy();
  client.doc.destroy();
}
