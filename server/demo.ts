import { findPreset, defaultPresetId } from '../shared/domain/presets/index.ts';
import type { EventRecord, EventRegistry } from './events/registry.ts';

export const demoEventTitle = 'Demo: bevlogenheid van artsen';
export const demoGroupNames = ['Groep 1', 'Groep 2'];

/** On a fresh data dir, one demo event with two groups, so `npm start` shows a board. */
export async function ensureDemoEvent(events: EventRegistry): Promise<EventRecord | null> {
  const existing = await events.listEvents();
  const demo = existing.find((event) => event.title === demoEventTitle && event.closedAtMs === null);
  if (demo) return demo;
  if (existing.length > 0) return null;
  return events.createEvent(demoEventTitle, demoGroupNames, findPreset(defaultPresetId)!);
}
