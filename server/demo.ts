import { hackathonFixture } from '../shared/outcomes/fixture/hackathon.ts';
import type { EventRecord, EventRegistry } from './events/registry.ts';
import { importEvent } from './outcomes/importEvent.ts';
import type { Store } from './store/types.ts';

/**
 * On a fresh data dir, the demo event: the six hackathon groups of the thesis with their
 * analyses and solutions (shared/outcomes/fixture), so `npm start` shows real boards, a
 * synthesis and exports at once.
 */
export async function ensureDemoEvent(events: EventRegistry, store: Store): Promise<EventRecord | null> {
  const existing = await events.listEvents();
  const title = hackathonFixture().event.title;
  const demo = existing.find((event) => event.title === title && event.closedAtMs === null);
  if (demo) return demo;
  if (existing.length > 0) return null;
  return importEvent(hackathonFixture(), { events, store });
}
