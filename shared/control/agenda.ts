import type { Label } from '../domain/types.ts';

/**
 * The agenda of an event: phases the facilitator runs for all groups at once. Each phase
 * says which canvases participants may edit and whether new cards are anonymous.
 */
export interface AgendaPhase {
  /** Stable within the event: "p1", "p2", … or minted by the editor. */
  id: string;
  day: 1 | 2;
  title: Label;
  durationMs: number;
  editable: { analysis: boolean; solutions: boolean };
  anonymousCards: boolean;
}

export const minute = 60_000;
export const maxPhaseDurationMs = 8 * 60 * minute;
export const maxAgendaPhases = 30;

/**
 * The Leiden format (DOMAIN.md): Day 1 introduction → brainstorm → problem analysis →
 * first solutions → check-in; Day 2 elaboration → pitch preparation → presentations →
 * synthesis. Durations are a starting point the facilitator edits.
 */
export function defaultAgenda(): AgendaPhase[] {
  const phase = (
    id: string,
    day: 1 | 2,
    nl: string,
    en: string,
    minutes: number,
    analysis: boolean,
    solutions: boolean,
  ): AgendaPhase => ({
    id,
    day,
    title: { nl, en },
    durationMs: minutes * minute,
    editable: { analysis, solutions },
    anonymousCards: false,
  });
  return [
    phase('p1', 1, 'Introductie', 'Introduction', 30, false, false),
    phase('p2', 1, 'Brainstorm', 'Brainstorm', 45, true, false),
    phase('p3', 1, 'Knelpuntenanalyse', 'Problem analysis', 90, true, false),
    phase('p4', 1, 'Eerste oplossingen', 'First solutions', 90, true, true),
    phase('p5', 1, 'Check-in', 'Check-in', 30, false, true),
    phase('p6', 2, 'Uitwerken', 'Elaboration', 150, true, true),
    phase('p7', 2, 'Pitch voorbereiden', 'Pitch preparation', 60, false, true),
    phase('p8', 2, 'Presentaties', 'Presentations', 90, false, false),
    phase('p9', 2, 'Synthese', 'Synthesis', 45, false, false),
  ];
}

const phaseIdPattern = /^[a-z0-9-]{1,24}$/;

/** Validates an agenda from a client; returns the clean copy or a reason. */
export function parseAgenda(input: unknown): { agenda: AgendaPhase[] } | { error: string } {
  if (!Array.isArray(input) || input.length === 0 || input.length > maxAgendaPhases) {
    return { error: `an agenda has 1–${maxAgendaPhases} phases` };
  }
  const agenda: AgendaPhase[] = [];
  const ids = new Set<string>();
  for (const raw of input) {
    if (typeof raw !== 'object' || raw === null) return { error: 'a phase must be an object' };
    const p = raw as Record<string, unknown>;
    const title = p.title as Record<string, unknown> | undefined;
    const editable = p.editable as Record<string, unknown> | undefined;
    if (typeof p.id !== 'string' || !phaseIdPattern.test(p.id) || ids.has(p.id))
      return { error: 'phase ids must be unique' };
    if (p.day !== 1 && p.day !== 2) return { error: 'day must be 1 or 2' };
    if (
      typeof title?.nl !== 'string' ||
      typeof title.en !== 'string' ||
      !title.nl.trim() ||
      !title.en.trim()
    ) {
      return { error: 'a phase needs a Dutch and an English title' };
    }
    if (typeof p.durationMs !== 'number' || !(p.durationMs >= minute) || p.durationMs > maxPhaseDurationMs) {
      return { error: 'a phase lasts from 1 minute to 8 hours' };
    }
    ids.add(p.id);
    agenda.push({
      id: p.id,
      day: p.day,
      title: { nl: title.nl.trim().slice(0, 80), en: title.en.trim().slice(0, 80) },
      durationMs: Math.round(p.durationMs),
      editable: { analysis: editable?.analysis === true, solutions: editable?.solutions === true },
      anonymousCards: p.anonymousCards === true,
    });
  }
  return { agenda };
}
