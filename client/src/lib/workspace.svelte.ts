import type { BoardView } from '../../../shared/board/projection.ts';
import { projectBoard } from '../../../shared/board/projection.ts';
import { projectSolutions, type SolutionView } from '../../../shared/board/solutions.ts';
import type { SessionResponse } from '../../../shared/protocol/api.ts';
import { parseDocName } from '../../../shared/protocol/docNames.ts';
import type { EventId, GroupId, ParticipantId } from '../../../shared/protocol/ids.ts';
import { docAccess, type Role } from '../../../shared/protocol/roles.ts';
import { projectTaxonomy, type TaxonomyView } from '../../../shared/taxonomy/projection.ts';
import { DocSession } from './sync/docSession.svelte.ts';
import type { AgendaPhase } from '../../../shared/control/agenda.ts';
import { currentPhase } from '../../../shared/control/state.ts';
import { EventChannel } from './sync/eventChannel.svelte.ts';

/**
 * Everything a group's workspace page works with: the group doc (analysis cards and
 * solution canvases), the event doc (the event's taxonomy, live), and who is online.
 * Components read the validated views (`board`, `solutions`, `taxonomy`) and change the
 * docs only through the commands in shared/board and shared/taxonomy.
 */
export class Workspace {
  readonly session: SessionResponse;
  readonly groupId: string;
  readonly group: DocSession;
  readonly event: DocSession;
  readonly channel: EventChannel;
  readonly #board: () => BoardView;
  readonly #solutions: () => SolutionView[];
  readonly #taxonomy: () => TaxonomyView;
  #reporter: ReturnType<typeof setInterval> | undefined;

  constructor(session: SessionResponse, token: string, groupId: string) {
    this.session = session;
    this.groupId = groupId;
    const groupDoc = session.docs.groups[groupId]!;
    this.group = new DocSession(groupDoc, token, { readOnly: !canWrite(session, groupDoc) });
    this.event = new DocSession(session.docs.event, token, {
      readOnly: !canWrite(session, session.docs.event),
    });
    this.channel = new EventChannel(token);
    this.#board = this.group.view(projectBoard);
    if (session.role === 'participant') {
      // The facilitator's console shows laptops that are offline or behind.
      let last = -1;
      this.#reporter = setInterval(() => {
        const unsaved = this.group.saveState.unsaved;
        if (unsaved !== last || unsaved > 0) this.channel.reportStatus(unsaved);
        last = unsaved;
      }, 5_000);
    }
    this.#solutions = this.group.view(projectSolutions);
    this.#taxonomy = this.event.view(projectTaxonomy);
  }

  get board(): BoardView {
    return this.#board();
  }

  get solutions(): SolutionView[] {
    return this.#solutions();
  }

  get taxonomy(): TaxonomyView {
    return this.#taxonomy();
  }

  get role(): Role {
    return this.session.role;
  }

  /** The server refuses their writes anyway; the UI just does not offer them. */
  get readOnly(): boolean {
    return this.group.readOnly;
  }

  /** The agenda phase the facilitator is running, if any. */
  get phase(): AgendaPhase | undefined {
    const control = this.channel.control;
    return control ? currentPhase(control) : undefined;
  }

  /** Participants' boards are read-only while the facilitator locks them (the server enforces it). */
  get locked(): boolean {
    return this.session.role === 'participant' && (this.channel.control?.locked ?? false);
  }

  /** What this person may edit now: role, lock, and (for participants) the running phase. */
  get canEditAnalysis(): boolean {
    return this.#canEdit('analysis');
  }

  get canEditSolutions(): boolean {
    return this.#canEdit('solutions');
  }

  #canEdit(canvas: 'analysis' | 'solutions'): boolean {
    if (this.readOnly || this.locked) return false;
    if (this.session.role !== 'participant') return true;
    return this.phase?.editable[canvas] ?? true;
  }

  /** Who wrote a new card: the participant's pseudonym, or nobody in an anonymous phase. */
  get author(): { id: string | null; name: string | null } {
    if (this.phase?.anonymousCards) return { id: null, name: null };
    return { id: this.session.participantId, name: this.session.name };
  }

  destroy(): void {
    clearInterval(this.#reporter);
    this.group.destroy();
    this.event.destroy();
    this.channel.destroy();
  }
}

/** The same rule the server applies at the websocket upgrade (shared/protocol/roles.ts). */
export function canWrite(session: SessionResponse, docName: string): boolean {
  const ref = parseDocName(docName);
  if (!ref) return false;
  const claims = {
    role: session.role,
    eventId: session.eventId as EventId,
    groupId: (session.groupId ?? undefined) as GroupId | undefined,
    participantId: (session.participantId ?? undefined) as ParticipantId | undefined,
    issuedAtMs: 0,
  };
  return docAccess(claims, ref) === 'write';
}
