import { SvelteMap, SvelteSet } from 'svelte/reactivity';
import type { CommandResult, ControlError } from '../../../../shared/protocol/events.ts';

/**
 * The console's commands as the facilitator sees them: each action shows that it is on
 * its way (and cannot be sent twice meanwhile), and a refusal shows the server's reason in
 * the section it came from until the next command there.
 */
export class ConsoleCommands {
  readonly #pending = new SvelteSet<string>();
  readonly #errors = new SvelteMap<string, ControlError>();

  isPending(action: string): boolean {
    return this.#pending.has(action);
  }

  /** Any action of the section on its way (for controls that stand for the whole section). */
  anyPending(prefix: string): boolean {
    for (const action of this.#pending) if (action.startsWith(prefix)) return true;
    return false;
  }

  error(section: string): ControlError | null {
    return this.#errors.get(section) ?? null;
  }

  dismiss(section: string): void {
    this.#errors.delete(section);
  }

  /** Sends once; true when the server carried it out. */
  async run(section: string, action: string, send: () => Promise<CommandResult>): Promise<boolean> {
    if (this.#pending.has(action)) return false;
    this.#pending.add(action);
    this.#errors.delete(section);
    try {
      const result = await send();
      if (!result.ok) this.#errors.set(section, result.error);
      return result.ok;
    } finally {
      this.#pending.delete(action);
    }
  }
}
