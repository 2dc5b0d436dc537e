import { isTagId } from '../../../shared/board/layout.ts';
import { careerPhases } from '../../../shared/domain/axes.ts';
import type { CareerPhaseId, CodeNode, EvidenceCard, Label } from '../../../shared/domain/types.ts';
import { apiRequest } from './api.ts';
import {
  indexEvidence,
  noFilters,
  parseEvidenceResponse,
  type EvidenceFilters,
  type IndexedEvidence,
} from './evidenceSearch.ts';

/**
 * The evidence library, loaded once per page from GET /api/evidence and kept for every
 * component that shows evidence (the library tab, evidence chips on the canvases).
 *
 * The cards are fetched, never imported: shared/domain/evidence.ts is ~90 kB of text the
 * participant page should not carry in its first JavaScript. The labels of the survey13
 * categories (S1…S13, E1…E9) come with it, as a lazily loaded chunk: evidence is tagged
 * with the survey13 codes whatever preset the event uses. Career phases are the fixed
 * axis of shared/domain/axes.ts (already in the bundle through the taxonomy seed).
 */

export interface EvidenceCategory {
  id: string;
  polarity: 'stressor' | 'energy';
  label: Label;
  definition: Label;
}

export interface EvidencePhase {
  id: CareerPhaseId;
  label: Label;
}

export type EvidenceLoadStatus = 'idle' | 'loading' | 'ready' | 'error';

async function loadReference(): Promise<{ categories: EvidenceCategory[]; phases: EvidencePhase[] }> {
  const { survey13Preset } = await import('../../../shared/domain/presets/survey13.ts');
  const category =
    (polarity: EvidenceCategory['polarity']) =>
    (node: CodeNode): EvidenceCategory => ({
      id: node.id,
      polarity,
      label: node.label,
      definition: node.definition,
    });
  return {
    categories: [
      ...survey13Preset.stressorThemes.map(category('stressor')),
      ...survey13Preset.energyThemes.map(category('energy')),
    ],
    phases: careerPhases.map((phase) => ({ id: phase.id, label: phase.label })),
  };
}

class EvidenceLibraryStore {
  #status = $state<EvidenceLoadStatus>('idle');
  #cards = $state.raw<readonly EvidenceCard[]>([]);
  #index = $state.raw<readonly IndexedEvidence[]>([]);
  #byId = $state.raw<ReadonlyMap<string, EvidenceCard>>(new Map());
  #categories = $state.raw<readonly EvidenceCategory[]>([]);
  #categoryById = $state.raw<ReadonlyMap<string, EvidenceCategory>>(new Map());
  #phases = $state.raw<readonly EvidencePhase[]>([]);
  #loading: Promise<void> | null = null;

  get status(): EvidenceLoadStatus {
    return this.#status;
  }

  /** Every card, in library order (empty until loaded). */
  get cards(): readonly EvidenceCard[] {
    return this.#cards;
  }

  /** The cards with their normalized search text (see evidenceSearch.ts). */
  get index(): readonly IndexedEvidence[] {
    return this.#index;
  }

  /** S1…S13 then E1…E9, with their survey13 labels. */
  get categories(): readonly EvidenceCategory[] {
    return this.#categories;
  }

  get phases(): readonly EvidencePhase[] {
    return this.#phases;
  }

  /** A card by id; undefined while loading and for ids the library does not know. */
  get(id: string): EvidenceCard | undefined {
    return this.#byId.get(id);
  }

  category(id: string): EvidenceCategory | undefined {
    return this.#categoryById.get(id);
  }

  /**
   * Loads the library once. Call it from a component's script (not from a template or a
   * $derived): while loading, or once loaded, it does nothing; after an error it tries again.
   */
  load(): Promise<void> {
    if (this.#status === 'ready') return Promise.resolve();
    if (this.#loading) return this.#loading;
    this.#status = 'loading';
    this.#loading = this.#fetch().finally(() => {
      this.#loading = null;
    });
    return this.#loading;
  }

  async #fetch(): Promise<void> {
    try {
      const [body, reference] = await Promise.all([apiRequest<unknown>('GET', '/evidence'), loadReference()]);
      const { cards, rejected } = parseEvidenceResponse(body);
      if (rejected > 0) console.warn(`evidence library: ${rejected} malformed cards left out`);
      if (cards.length === 0) throw new Error('the evidence library is empty');
      this.#cards = cards;
      this.#index = indexEvidence(cards);
      this.#byId = new Map(cards.map((card) => [card.id, card]));
      this.#categories = reference.categories;
      this.#categoryById = new Map(reference.categories.map((category) => [category.id, category]));
      this.#phases = reference.phases;
      this.#status = 'ready';
    } catch (error) {
      console.warn('evidence library failed to load', error);
      this.#status = 'error';
    }
  }
}

export const evidenceLibrary = new EvidenceLibraryStore();

/** Search and filters of the library tab; kept here so they survive switching tabs. */
export const evidenceFilters: EvidenceFilters = $state({ ...noFilters });

// ---------------------------------------------------------------------------------------
// Drag and drop: an evidence card dragged onto an analysis card or a solution canvas
// ---------------------------------------------------------------------------------------

/**
 * The dataTransfer type of a dragged evidence card; its data is the evidence id
 * (e.g. "002-Q11-anios"). effectAllowed is 'copyLink': a drop target sets
 * dropEffect = 'link' (or 'copy') in dragover and links the id with
 * toggleCardSetMember / toggleSolutionSetMember(doc, id, 'evidence', evidenceId, true).
 */
export const evidenceDragType = 'application/x-vonk-evidence';

export function startEvidenceDrag(event: DragEvent, evidenceId: string): void {
  if (!event.dataTransfer) return;
  event.dataTransfer.setData(evidenceDragType, evidenceId);
  event.dataTransfer.effectAllowed = 'copyLink';
}

/** In dragover/dragenter: is an evidence card being dragged? (Its data is readable on drop only.) */
export function isEvidenceDrag(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes(evidenceDragType) ?? false;
}

/** In drop: the dragged evidence id, or null when the drop is not (valid) evidence. */
export function droppedEvidenceId(event: DragEvent): string | null {
  const id = event.dataTransfer?.getData(evidenceDragType) ?? '';
  return isTagId(id) ? id : null;
}
