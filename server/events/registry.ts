import type { EventId, GroupId, ParticipantId } from '../../shared/protocol/ids.ts';
import type { DocRef } from '../../shared/protocol/docNames.ts';
import type { Store } from '../store/types.ts';
import type { TaxonomyPreset } from '../../shared/domain/types.ts';
import { seedEventDoc } from './seedEventDoc.ts';
import { newEventId, newGroupId, newJoinCode, newParticipantId } from './ids.ts';

export interface EventRecord {
  eventId: EventId;
  title: string;
  /** The taxonomy preset the event started from; its own copy lives in the event doc. */
  presetId: TaxonomyPreset['id'];
  joinCode: string;
  groups: { groupId: GroupId; name: string }[];
  createdAtMs: number;
  /** Once set, every token of the event stops working. */
  closedAtMs: number | null;
}

export interface ParticipantRecord {
  participantId: ParticipantId;
  eventId: EventId;
  groupId: GroupId;
  name: string;
  joinedAtMs: number;
}

/**
 * Events, join codes and participants. Records are small and read on every upgrade, so
 * they are cached after the first read; all writes go through here, store first.
 */
export class EventRegistry {
  readonly #store: Store;
  readonly #events = new Map<EventId, EventRecord>();
  readonly #participants = new Map<ParticipantId, ParticipantRecord>();

  constructor(store: Store) {
    this.#store = store;
  }

  /** Warms the caches; group balancing needs every participant of the event. */
  async init(): Promise<void> {
    for (const event of await this.#store.listRecords<EventRecord>('event')) {
      this.#events.set(event.eventId, event);
    }
    for (const participant of await this.#store.listRecords<ParticipantRecord>('participant')) {
      this.#participants.set(participant.participantId, participant);
    }
  }

  async createEvent(
    title: string,
    groupNames: string[],
    preset: TaxonomyPreset,
    brief = '',
  ): Promise<EventRecord> {
    let joinCode = newJoinCode();
    while (await this.#store.getRecord<EventId>('joinCode', joinCode)) joinCode = newJoinCode();
    const event: EventRecord = {
      eventId: newEventId(),
      title,
      presetId: preset.id,
      joinCode,
      groups: groupNames.map((name) => ({ groupId: newGroupId(), name })),
      createdAtMs: Date.now(),
      closedAtMs: null,
    };
    // The event doc first: an event record without its doc would show an empty taxonomy.
    await seedEventDoc(this.#store, event.eventId, preset, brief);
    await this.#store.putRecord('event', event.eventId, event);
    await this.#store.putRecord('joinCode', joinCode, event.eventId);
    this.#events.set(event.eventId, event);
    return event;
  }

  /**
   * A new event from restored content (an import): ids and the join code are minted here,
   * `writeContent` stores the docs and records under the new id, and only then is the
   * event record written — an import that fails halfway leaves no event behind.
   */
  async restoreEvent(
    input: {
      title: string;
      presetId: string;
      groups: { groupId: GroupId; name: string }[];
      createdAtMs: number;
      participants: { name: string; groupId: GroupId; joinedAtMs: number }[];
    },
    writeContent: (eventId: EventId, participantIds: ParticipantId[]) => Promise<void>,
  ): Promise<EventRecord> {
    let joinCode = newJoinCode();
    while (await this.#store.getRecord<EventId>('joinCode', joinCode)) joinCode = newJoinCode();
    const eventId = newEventId();
    const participants: ParticipantRecord[] = input.participants.map((p) => ({
      participantId: newParticipantId(),
      eventId,
      groupId: p.groupId,
      name: p.name,
      joinedAtMs: p.joinedAtMs,
    }));
    await writeContent(
      eventId,
      participants.map((p) => p.participantId),
    );
    for (const participant of participants) {
      await this.#store.putRecord('participant', participant.participantId, participant);
      this.#participants.set(participant.participantId, participant);
    }
    const event: EventRecord = {
      eventId,
      title: input.title,
      presetId: input.presetId as TaxonomyPreset['id'],
      joinCode,
      groups: input.groups,
      createdAtMs: input.createdAtMs,
      closedAtMs: null,
    };
    await this.#store.putRecord('event', eventId, event);
    await this.#store.putRecord('joinCode', joinCode, eventId);
    this.#events.set(eventId, event);
    return event;
  }

  async getEvent(eventId: EventId): Promise<EventRecord | undefined> {
    const cached = this.#events.get(eventId);
    if (cached) return cached;
    const event = await this.#store.getRecord<EventRecord>('event', eventId);
    if (event) this.#events.set(eventId, event);
    return event;
  }

  async findByJoinCode(joinCode: string): Promise<EventRecord | undefined> {
    const eventId = await this.#store.getRecord<EventId>('joinCode', joinCode);
    return eventId ? this.getEvent(eventId) : undefined;
  }

  async listEvents(): Promise<EventRecord[]> {
    return this.#store.listRecords<EventRecord>('event');
  }

  async closeEvent(eventId: EventId): Promise<EventRecord | undefined> {
    const event = await this.getEvent(eventId);
    if (!event || event.closedAtMs !== null) return event;
    const closed = { ...event, closedAtMs: Date.now() };
    await this.#store.putRecord('event', eventId, closed);
    this.#events.set(eventId, closed);
    return closed;
  }

  async addParticipant(event: EventRecord, groupId: GroupId, name: string): Promise<ParticipantRecord> {
    const participant: ParticipantRecord = {
      participantId: newParticipantId(),
      eventId: event.eventId,
      groupId,
      name,
      joinedAtMs: Date.now(),
    };
    await this.#store.putRecord('participant', participant.participantId, participant);
    this.#participants.set(participant.participantId, participant);
    return participant;
  }

  async getParticipant(participantId: ParticipantId): Promise<ParticipantRecord | undefined> {
    const cached = this.#participants.get(participantId);
    if (cached) return cached;
    const participant = await this.#store.getRecord<ParticipantRecord>('participant', participantId);
    if (participant) this.#participants.set(participantId, participant);
    return participant;
  }

  async listParticipants(eventId: EventId): Promise<ParticipantRecord[]> {
    return [...this.#participants.values()]
      .filter((participant) => participant.eventId === eventId)
      .sort((a, b) => a.joinedAtMs - b.joinedAtMs);
  }

  /** Moves a participant to another group of the same event; the old token stops working. */
  async moveParticipant(participant: ParticipantRecord, groupId: GroupId): Promise<ParticipantRecord> {
    const moved = { ...participant, groupId };
    await this.#store.putRecord('participant', participant.participantId, moved);
    this.#participants.set(participant.participantId, moved);
    return moved;
  }

  /**
   * Whether a participant token still names the participant's group (it does not after the
   * organizer moved them; GET /api/session then hands out a fresh one). Staff: always.
   */
  async isCurrent(claims: { participantId?: ParticipantId; groupId?: GroupId }): Promise<boolean> {
    if (!claims.participantId) return true;
    const participant = await this.getParticipant(claims.participantId);
    return participant !== undefined && participant.groupId === claims.groupId;
  }

  /** A participant-less join picks the group with the fewest members so far. */
  async leastFilledGroup(event: EventRecord): Promise<GroupId> {
    const counts = new Map(event.groups.map((group) => [group.groupId, 0]));
    for (const participant of this.#participants.values()) {
      if (participant.eventId === event.eventId && counts.has(participant.groupId)) {
        counts.set(participant.groupId, counts.get(participant.groupId)! + 1);
      }
    }
    let best = event.groups[0]!.groupId;
    for (const [groupId, count] of counts) if (count < counts.get(best)!) best = groupId;
    return best;
  }

  /** Whether a parsed doc name refers to an existing event (and group). */
  async docExists(ref: DocRef): Promise<boolean> {
    const event = await this.getEvent(ref.eventId);
    if (!event) return false;
    return ref.kind === 'event' || event.groups.some((group) => group.groupId === ref.groupId);
  }
}
