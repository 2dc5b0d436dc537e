import type { GroupPresence, OnlineMember } from '../../shared/protocol/events.ts';
import type { EventId, GroupId } from '../../shared/protocol/ids.ts';

interface Entry {
  member: OnlineMember;
  groupId: GroupId | null;
  sockets: number;
}

/**
 * Who is online per event and group. One person with two tabs counts once; staff
 * (groupId null) are online for the event but in no group.
 */
export class PresenceTracker {
  readonly #byEvent = new Map<EventId, Map<string, Entry>>();

  /** Returns true when this changed who is online. */
  add(eventId: EventId, key: string, member: OnlineMember, groupId: GroupId | null): boolean {
    let entries = this.#byEvent.get(eventId);
    if (!entries) {
      entries = new Map();
      this.#byEvent.set(eventId, entries);
    }
    const entry = entries.get(key);
    if (entry) {
      entry.sockets++;
      return false;
    }
    entries.set(key, { member, groupId, sockets: 1 });
    return true;
  }

  remove(eventId: EventId, key: string): boolean {
    const entries = this.#byEvent.get(eventId);
    const entry = entries?.get(key);
    if (!entries || !entry) return false;
    entry.sockets--;
    if (entry.sockets > 0) return false;
    entries.delete(key);
    if (entries.size === 0) this.#byEvent.delete(eventId);
    return true;
  }

  groups(eventId: EventId, groupIds: GroupId[]): GroupPresence[] {
    const entries = [...(this.#byEvent.get(eventId)?.values() ?? [])];
    return groupIds.map((groupId) => ({
      groupId,
      members: entries
        .filter((entry) => entry.groupId === groupId)
        .map((entry) => entry.member)
        .sort((a, b) => a.name.localeCompare(b.name)),
    }));
  }
}
