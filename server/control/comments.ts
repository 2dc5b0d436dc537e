import crypto from 'node:crypto';
import { maxCommentChars, type BoardComment } from '../../shared/control/state.ts';
import type { EventId } from '../../shared/protocol/ids.ts';
import { isTagId } from '../../shared/board/layout.ts';
import type { EventRecord } from '../events/registry.ts';
import type { RecordStore } from '../store/types.ts';
import { ControlRefusal } from './controlService.ts';

const maxCommentsPerEvent = 5_000;

/**
 * Comments of the problem owner and staff on groups' work. They live beside the boards,
 * not in them (the problem owner only reads group boards), stored before they are shown.
 */
export class CommentService {
  readonly #store: RecordStore;
  readonly #byEvent = new Map<EventId, BoardComment[]>();
  readonly #now: () => number;

  constructor(store: RecordStore, now: () => number = Date.now) {
    this.#store = store;
    this.#now = now;
  }

  async list(eventId: EventId): Promise<BoardComment[]> {
    let comments = this.#byEvent.get(eventId);
    if (!comments) {
      comments = (await this.#store.getRecord<BoardComment[]>('comments', eventId)) ?? [];
      this.#byEvent.set(eventId, comments);
    }
    return comments;
  }

  async add(
    event: EventRecord,
    author: { role: string; name: string },
    input: unknown,
  ): Promise<BoardComment> {
    const raw = (input ?? {}) as { groupId?: unknown; targetId?: unknown; text?: unknown };
    const group = event.groups.find((g) => g.groupId === raw.groupId);
    if (!group) throw new ControlRefusal('bad-request', 'no such group');
    if (raw.targetId !== null && raw.targetId !== undefined && !isTagId(raw.targetId)) {
      throw new ControlRefusal('bad-request', 'not a card or solution id');
    }
    if (typeof raw.text !== 'string' || raw.text.trim().length === 0) {
      throw new ControlRefusal('bad-request', 'write a comment first');
    }
    const comments = await this.list(event.eventId);
    if (comments.length >= maxCommentsPerEvent)
      throw new ControlRefusal('conflict', 'this event has too many comments');
    const comment: BoardComment = {
      id: `k${crypto.randomBytes(8).toString('hex')}`,
      groupId: group.groupId,
      targetId: (raw.targetId as string | null | undefined) ?? null,
      authorRole: author.role,
      authorName: author.name,
      text: raw.text.trim().slice(0, maxCommentChars),
      atMs: this.#now(),
    };
    await this.#save(event.eventId, [...comments, comment]);
    return comment;
  }

  async remove(eventId: EventId, commentId: unknown): Promise<BoardComment> {
    const comments = await this.list(eventId);
    const comment = comments.find((c) => c.id === commentId);
    if (!comment) throw new ControlRefusal('bad-request', 'no such comment');
    await this.#save(
      eventId,
      comments.filter((c) => c.id !== commentId),
    );
    return comment;
  }

  async #save(eventId: EventId, comments: BoardComment[]): Promise<void> {
    await this.#store.putRecord('comments', eventId, comments);
    this.#byEvent.set(eventId, comments);
  }
}
