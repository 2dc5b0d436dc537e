import { computeSynthesis, type Synthesis } from '../../shared/outcomes/synthesis.ts';
import type { EventId } from '../../shared/protocol/ids.ts';
import { timing } from '../../shared/protocol/limits.ts';
import type { EventRecord } from '../events/registry.ts';
import { buildEventExport, type ExportSources } from './buildExport.ts';

export interface SynthesisServiceOptions {
  sources: ExportSources;
  /** Sends a fresh synthesis to everyone watching the event. */
  publish: (eventId: EventId, synthesis: Synthesis) => void;
  /** Whether anyone watches; nobody watching means nothing is computed. */
  hasWatchers: (eventId: EventId) => boolean;
  intervalMs?: number;
}

/**
 * The live synthesis of each event, computed once on the server (not in every browser)
 * from the same export model the downloads use, so it never shows a sensitive card. While
 * groups type it is recomputed at most once per interval per event, and only while a
 * screen watches.
 */
export class SynthesisService {
  readonly #options: SynthesisServiceOptions;
  readonly #intervalMs: number;
  readonly #latest = new Map<EventId, Synthesis>();
  readonly #timers = new Map<EventId, NodeJS.Timeout>();
  readonly #running = new Map<EventId, { version: number; result: Promise<Synthesis> }>();
  /** Bumped on every change, so a computation that raced a change is not kept. */
  readonly #versions = new Map<EventId, number>();

  constructor(options: SynthesisServiceOptions) {
    this.#options = options;
    this.#intervalMs = options.intervalMs ?? timing.synthesisIntervalMs;
  }

  /** A doc of the event changed: recompute soon, if anyone watches. */
  changed(eventId: EventId): void {
    this.#latest.delete(eventId);
    this.#versions.set(eventId, (this.#versions.get(eventId) ?? 0) + 1);
    if (this.#timers.has(eventId) || !this.#options.hasWatchers(eventId)) return;
    const timer = setTimeout(() => {
      this.#timers.delete(eventId);
      this.#options.sources.events
        .getEvent(eventId)
        .then(async (event) => {
          if (!event || !this.#options.hasWatchers(eventId)) return;
          this.#options.publish(eventId, await this.current(event));
        })
        // The next change tries again (a failure here is the store closing at shutdown).
        .catch(() => {});
    }, this.#intervalMs);
    timer.unref();
    this.#timers.set(eventId, timer);
  }

  /** The latest synthesis, computed now when none is current; one computation at a time. */
  current(event: EventRecord): Promise<Synthesis> {
    const eventId = event.eventId;
    const latest = this.#latest.get(eventId);
    if (latest) return Promise.resolve(latest);
    const version = this.#versions.get(eventId) ?? 0;
    const running = this.#running.get(eventId);
    if (running) {
      // One that started before the latest change would be stale: wait for it, then redo.
      return running.version === version ? running.result : running.result.then(() => this.current(event));
    }
    const result = buildEventExport(event, { groupId: null, anonymous: true }, this.#options.sources)
      .then((data) => {
        const synthesis = computeSynthesis(data);
        if ((this.#versions.get(eventId) ?? 0) === version) this.#latest.set(eventId, synthesis);
        return synthesis;
      })
      .finally(() => this.#running.delete(eventId));
    this.#running.set(eventId, { version, result });
    return result;
  }

  stop(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }
}
