/**
 * Types of the domain vocabulary: the taxonomy presets, templates and evidence cards.
 * The data modules beside this file are transcriptions of the research notes
 * (thesis-notes.md, survey-notes.md); every number must match them exactly.
 */

/** A text in both interface languages. */
export interface Label {
  nl: string;
  en: string;
}

/**
 * Where the notes mark a value as reconstructed or as an analyst's reading, the flag
 * stays visible in the data and the UI ("(rebuilt)", "(analyst)", or the thesis's own
 * inconsistency).
 */
export type SourceFlag = 'rebuilt' | 'analyst' | 'probable' | 'inconsistent';

export type PolarityId = 'stressor' | 'energy';
export type ContextId = 'physical' | 'social' | 'organizational';
export type NeedId = 'autonomy' | 'competence' | 'relatedness';
export type CareerPhaseId = 'intern' | 'anios' | 'aios' | 'junior-specialist' | 'senior-specialist';
export type InterventionLevelId = 'individual' | 'organizational' | 'national';
export type InterventionDomainId = 'workplace' | 'selfcare' | 'treatment' | 'career';

/** One value on a fixed axis (context, need, career phase, level, domain, actor). */
export interface AxisValue<Id extends string = string> {
  id: Id;
  label: Label;
  /** One line, shown on hover and focus. */
  definition: Label;
  /** e.g. "thesis L590–604" or "004:L30"; the citation from the notes. */
  source: string;
  flags?: SourceFlag[];
  /** For the intervention domain 'career': it is an extension, not from 'Zorgen voor de Zorg'. */
  extension?: boolean;
}

/** A count as the source reports it, with what it counts. */
export interface SourceCount {
  value: number;
  /** What one unit is: coded yellow-note items in the focus groups are mentions. */
  unit: 'mentions';
  /** e.g. "Appendix 5.2, L5608–5956". */
  source: string;
  flags?: SourceFlag[];
  /** Free text when the thesis disagrees with itself (e.g. "Table 8 gives n=9"). */
  note?: string;
}

/** A node in a code tree: theme → subtheme → factor. */
export interface CodeNode {
  /** Stable, URL-safe, unique within a preset: e.g. "s-working-conditions/high-workload/overtime". */
  id: string;
  label: Label;
  definition: Label;
  count?: SourceCount;
  context?: { value: ContextId | null; flags?: SourceFlag[]; note?: string };
  need?: { value: NeedId | null; flags?: SourceFlag[]; note?: string };
  /** Career phases the text links the node to; 'all' when nearly all respondents. */
  phases?: { value: CareerPhaseId[] | 'all'; flags?: SourceFlag[]; source?: string };
  children?: CodeNode[];
}

export interface TaxonomyPreset {
  id: 'thesis' | 'survey13';
  label: Label;
  description: Label;
  source: string;
  stressorThemes: CodeNode[];
  energyThemes: CodeNode[];
}

/** A solution template: structure and prompts, never answers. */
export interface SolutionTemplate {
  id: string;
  label: Label;
  /** Which hackathon group it comes from, with the citation in thesis-notes §6.3. */
  origin: { group: string; source: string } | null;
  /** Prompts per canvas field, shown as placeholders; never pre-filled answers. */
  prompts: Partial<Record<SolutionFieldId, Label>>;
  /** Suggested structure the group still has to fill in, e.g. cost rows with an item name only. */
  suggested: {
    levels?: InterventionLevelId[];
    domain?: InterventionDomainId;
    careerPhases?: CareerPhaseId[];
    actors?: string[];
    /** Names of components or stages to start from; empty content. */
    components?: Label[];
    stages?: Label[];
    costItems?: Label[];
  };
}

export type SolutionFieldId =
  | 'title'
  | 'careerPhases'
  | 'stressors'
  | 'levels'
  | 'domain'
  | 'actors'
  | 'what'
  | 'how'
  | 'costs'
  | 'risks'
  | 'evidence'
  | 'status';

export interface EvidenceFigure {
  value: number;
  unit: 'percent' | 'mentions' | 'mean' | 'count' | 'euro' | 'hours' | 'score';
  /** What the number is, e.g. "considered quitting medicine". */
  label: Label;
}

export interface EvidenceCard {
  /** e.g. "002-Q45-anios". */
  id: string;
  statement: Label;
  figures: EvidenceFigure[];
  /** Open answers and focus groups are counted as mentions, never as percentages. */
  kind: 'quantitative' | 'mentions' | 'qualitative';
  population: Label;
  /** Respondents the figure rests on; null when the source does not give it. */
  n: number | null;
  source: { document: '001' | '002' | '003' | '004'; title: string; location: string };
  /** Stressor categories of the survey13 preset (S1…S13) and energy sources (E1…E9). */
  categories: string[];
  careerPhases: CareerPhaseId[];
  flags?: SourceFlag[];
}
