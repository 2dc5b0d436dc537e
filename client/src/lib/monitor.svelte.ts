import type { SessionResponse } from '../../../shared/protocol/api.ts';
import { apiRequest } from './api.ts';
import { errorMessage } from './errors.ts';
import { closeGroupFeeds, openGroupFeeds, type GroupFeed } from './groupFeeds.ts';
import { EventChannel } from './sync/eventChannel.svelte.ts';

/**
 * What the screens that watch a whole event load (the wall, the facilitator console): the
 * session, the event channel, and every group's board read-only — so a watching screen is
 * never "online" in a group and announces no presence.
 */
export class EventMonitor {
  session = $state.raw<SessionResponse | null>(null);
  channel = $state.raw<EventChannel | null>(null);
  feeds = $state.raw<GroupFeed[]>([]);
  error = $state<ReturnType<typeof errorMessage> | null>(null);
  #destroyed = false;

  constructor(token: string, onSession?: (session: SessionResponse) => void) {
    apiRequest<SessionResponse>('GET', '/session', { token }).then(
      (session) => {
        if (this.#destroyed) return;
        this.session = session;
        this.channel = new EventChannel(token);
        this.feeds = openGroupFeeds(session, token);
        onSession?.(session);
      },
      (caught: unknown) => (this.error = errorMessage(caught)),
    );
  }

  destroy(): void {
    this.#destroyed = true;
    this.channel?.destroy();
    closeGroupFeeds(this.feeds);
  }
}
