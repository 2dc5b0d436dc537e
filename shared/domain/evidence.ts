/**
 * Evidence cards: a transcription of survey-notes.md §2.2 (the 51 quantitative findings of
 * document 002), §2.3 (open-answer counts and focus groups of 002) and §2.4 (cards from
 * documents 001, 003 and 004). Every number is copied from the notes; where the notes and
 * the source differ, the notes win.
 *
 * Survey findings (§2.2) give one value per group column, written "A / O / Ai / T" in the
 * notes (Anios / Onderzoeker / Aios / Totaal). Each finding becomes one card per column, so
 * that every card carries the N of its own column: id "002-Q45-anios", "002-Q45-totaal", …
 * The rows below keep the notes' column order, so they can be checked against them line by
 * line.
 *
 * Open-answer counts and focus groups (§2.3) are mentions with no base N: never percentages.
 */
import type { CareerPhaseId, EvidenceCard, EvidenceFigure, Label, SourceFlag } from './types.ts';

type DocumentId = EvidenceCard['source']['document'];

/** Titles as §1.1–1.4 of survey-notes.md give them (002 and 003 have no title of their own). */
const TITLES: Record<DocumentId, string> = {
  '001': 'Investeren in de anios moet en loont de moeite',
  '002':
    'Survey tables, questionnaire and focus-group reports on careers after medical school ' +
    "(appendix material; the main report's title is not in the file)",
  '003': 'Untitled introduction (inleiding) on pressures on working, learning and training in hospitals',
  '004':
    'Het welzijn van zorgprofessionals onder druk. Het belang van structurele ondersteuning ' +
    "met een programma 'Zorgen voor de Zorg'",
};

const PHASE_ORDER: readonly CareerPhaseId[] = [
  'intern',
  'anios',
  'aios',
  'junior-specialist',
  'senior-specialist',
];

function sortPhases(phases: Iterable<CareerPhaseId>): CareerPhaseId[] {
  const set = new Set(phases);
  return PHASE_ORDER.filter((phase) => set.has(phase));
}

function label(nl: string, en: string): Label {
  return { nl, en };
}

// ---------------------------------------------------------------------------------------
// §2.2: survey findings of document 002
// ---------------------------------------------------------------------------------------

/** A group column of the 002 tables. */
type Column = 'anios' | 'onderzoeker' | 'aios' | 'totaal';

/** The notes' default column order: A / O / Ai / T. */
const A_O_AI_T: readonly Column[] = ['anios', 'onderzoeker', 'aios', 'totaal'];

/**
 * Tables 2.7 and 2.8 print only three value columns; the notes read them as O / Ai / T
 * (an inference, §2.1), so those cards carry the flag 'analyst'.
 */
const O_AI_T: readonly Column[] = ['onderzoeker', 'aios', 'totaal'];

/** Only the Totaal column is given in the notes (Q50, Q51). */
const T_ONLY: readonly Column[] = ['totaal'];

/**
 * Survey block (Blok 0–4) of the question. Blocks 1, 2 and 4 look back on one phase
 * (medical school, the anios period, the specialty training); that phase joins the phase
 * of the respondents' own group.
 */
type Block = 0 | 1 | 2 | 3 | 4;

interface SurveyItem {
  label: Label;
  unit: 'percent' | 'mean' | 'hours';
  /** One value per column, in the finding's column order. */
  values: readonly number[];
}

interface SurveyFinding {
  /** The notes' card number, e.g. "Q11". */
  q: string;
  /** Sub-card for a finding split in two (Q22 and Q23: bachelor vs master). */
  part?: string;
  block: Block;
  statement: Label;
  categories: readonly string[];
  /** Table and lines as the notes cite them, e.g. "Tabel 0.6, L143, L155". */
  location: string;
  columns?: readonly Column[];
  /** N per column, in the same order. */
  n: readonly number[];
  items: readonly SurveyItem[];
  /** Flags on every card of the finding. */
  flags?: readonly SourceFlag[];
  /** Flags on the card of one column only. */
  columnFlags?: Partial<Record<Column, readonly SourceFlag[]>>;
}

function pct(values: readonly number[], nl: string, en: string): SurveyItem {
  return { label: label(nl, en), unit: 'percent', values };
}

function mean(values: readonly number[], nl: string, en: string): SurveyItem {
  return { label: label(nl, en), unit: 'mean', values };
}

function hours(values: readonly number[], nl: string, en: string): SurveyItem {
  return { label: label(nl, en), unit: 'hours', values };
}

const COLUMN_POPULATION: Record<Column, Label> = {
  anios: label('anios/basisarts', 'anios/basisarts (doctor not in specialty training)'),
  onderzoeker: label('(arts-)onderzoeker/promovendus', '(doctor-)researcher/PhD candidate (onderzoeker)'),
  aios: label('aios', 'aios (doctor in specialty training)'),
  totaal: label(
    'alle respondenten (totaal; de groepen overlappen)',
    'all respondents (total; the groups overlap)',
  ),
};

const BLOCK_CONTEXT: Record<Block, Label | null> = {
  0: null,
  1: label('terugblik op de opleiding geneeskunde', 'looking back on medical school'),
  2: label('over de periode als anios/basisarts', 'about their time as anios/basisarts'),
  3: label('over hun (promotie-)onderzoek', 'about their (PhD) research'),
  4: label(
    'Blok 4: volgt of volgde een vervolgopleiding',
    'Block 4: follows or followed a specialty training',
  ),
};

/** The phase a block looks back on. */
const BLOCK_PHASE: Record<Block, CareerPhaseId | null> = {
  0: null,
  1: 'intern',
  2: 'anios',
  3: null,
  4: 'aios',
};

/** Researchers have no career phase of their own; the total holds anios and aios. */
const COLUMN_PHASES: Record<Column, readonly CareerPhaseId[]> = {
  anios: ['anios'],
  onderzoeker: [],
  aios: ['aios'],
  totaal: ['anios', 'aios'],
};

function surveyPopulation(column: Column, block: Block): Label {
  const base = COLUMN_POPULATION[column];
  const context = BLOCK_CONTEXT[block];
  if (context === null) return { ...base };
  return { nl: `${base.nl} — ${context.nl}`, en: `${base.en} — ${context.en}` };
}

function surveyPhases(column: Column, block: Block): CareerPhaseId[] {
  const phases: CareerPhaseId[] = [...COLUMN_PHASES[column]];
  const looksBackOn = BLOCK_PHASE[block];
  if (looksBackOn !== null) phases.push(looksBackOn);
  return sortPhases(phases);
}

function surveyCards(finding: SurveyFinding): EvidenceCard[] {
  const columns = finding.columns ?? A_O_AI_T;
  const name = finding.part ? `${finding.q}-${finding.part}` : finding.q;
  if (finding.n.length !== columns.length) {
    throw new Error(`evidence ${name}: ${finding.n.length} N values for ${columns.length} columns`);
  }
  return columns.map((column, index) => {
    const figures: EvidenceFigure[] = finding.items.map((item) => {
      const value = item.values[index];
      if (item.values.length !== columns.length || value === undefined) {
        throw new Error(`evidence ${name}: "${item.label.en}" does not have one value per column`);
      }
      return { value, unit: item.unit, label: { ...item.label } };
    });
    const n = finding.n[index];
    if (n === undefined) throw new Error(`evidence ${name}: no N for ${column}`);
    const flags = [...(finding.flags ?? []), ...(finding.columnFlags?.[column] ?? [])];
    const card: EvidenceCard = {
      id: `002-${name}-${column}`,
      statement: { ...finding.statement },
      figures,
      kind: 'quantitative',
      population: surveyPopulation(column, finding.block),
      n,
      source: {
        document: '002',
        title: TITLES['002'],
        location: `${finding.q}, ${finding.location}`,
      },
      categories: [...finding.categories],
      careerPhases: surveyPhases(column, finding.block),
    };
    if (flags.length > 0) card.flags = flags;
    return card;
  });
}

const INFERRED_COLUMNS_NL =
  ' Let op: de tabel heeft maar drie waardenkolommen; de toewijzing aan onderzoeker / aios / ' +
  'totaal is een afleiding van de analist.';
const INFERRED_COLUMNS_EN =
  ' Caution: the table has only three value columns; their assignment to researcher / aios / ' +
  "total is the analyst's inference.";

/** Q01 is a distribution over the groups, so it is a single card on the total. */
const q01: EvidenceCard = {
  id: '002-Q01-totaal',
  statement: label(
    'Wie antwoordden: huidige werksituatie (Tabel 0.2; meer antwoorden mogelijk, de ' +
      'percentages tellen op tot 111%).',
    'Who responded: current work situation (Table 0.2; several answers allowed, the ' +
      'percentages sum to 111%).',
  ),
  figures: [
    { value: 38, unit: 'percent', label: label('anios/basisarts', 'anios/basisarts') },
    { value: 2197, unit: 'count', label: label('anios/basisarts', 'anios/basisarts') },
    { value: 49, unit: 'percent', label: label('aios', 'aios') },
    { value: 2815, unit: 'count', label: label('aios', 'aios') },
    {
      value: 16,
      unit: 'percent',
      label: label('(arts-)onderzoeker/promovendus', '(doctor-)researcher/PhD candidate'),
    },
    {
      value: 935,
      unit: 'count',
      label: label('(arts-)onderzoeker/promovendus', '(doctor-)researcher/PhD candidate'),
    },
    { value: 1, unit: 'percent', label: label('profielarts KNMG', 'KNMG profile doctor') },
    { value: 57, unit: 'count', label: label('profielarts KNMG', 'KNMG profile doctor') },
    {
      value: 3,
      unit: 'percent',
      label: label('baan waarvoor arts zijn niet vereist is', 'job not requiring a doctor'),
    },
    {
      value: 147,
      unit: 'count',
      label: label('baan waarvoor arts zijn niet vereist is', 'job not requiring a doctor'),
    },
    { value: 4, unit: 'percent', label: label('anders', 'other') },
    { value: 251, unit: 'count', label: label('anders', 'other') },
  ],
  kind: 'quantitative',
  population: surveyPopulation('totaal', 0),
  n: 5778,
  source: { document: '002', title: TITLES['002'], location: 'Q01, Tabel 0.2, L52–68' },
  categories: [],
  careerPhases: surveyPhases('totaal', 0),
};

const surveyFindings: readonly SurveyFinding[] = [
  // Blok 0: Waar sta je nu in je loopbaan?
  {
    q: 'Q02',
    block: 0,
    statement: label(
      'Huidige werkplek (meer antwoorden mogelijk): perifeer ziekenhuis, topklinisch ' +
        'ziekenhuis, UMC en huisartsenpraktijk.',
      'Current workplace (several answers allowed): peripheral hospital, top-clinical ' +
        'hospital, UMC and GP practice.',
    ),
    categories: [],
    location: 'Tabel 0.1, L9–21',
    n: [2197, 935, 2815, 5778],
    items: [
      pct([28, 11, 14, 18], 'perifeer ziekenhuis', 'peripheral hospital'),
      pct([22, 15, 20, 19], 'topklinisch ziekenhuis', 'top-clinical hospital'),
      pct([16, 76, 33, 31], 'UMC', 'university medical centre (UMC)'),
      pct([3, 4, 18, 10], 'huisartsenpraktijk', 'GP practice'),
    ],
  },
  {
    q: 'Q03',
    block: 0,
    statement: label(
      "Welke omschrijving past bij jou? % 'helemaal van toepassing' voor 'Ik wil van " +
        "betekenis zijn voor de samenleving' en 'Ik ben een doener en wil patiënten beter maken'.",
      "Which description fits you? % 'fully applies' for 'I want to matter to society' and " +
        "'I am a doer who wants to make patients better'.",
    ),
    categories: ['E7'],
    location: 'Tabel 0.3, L77–92',
    n: [2080, 901, 2710, 5521],
    items: [
      pct([72, 74, 71, 72], 'ik wil van betekenis zijn voor de samenleving', 'I want to matter to society'),
      pct(
        [71, 68, 74, 70],
        'ik ben een doener en wil patiënten beter maken',
        'I am a doer who wants to make patients better',
      ),
    ],
  },
  {
    q: 'Q04',
    block: 0,
    statement: label(
      'Huidig werk, gemiddeld cijfer (1–10): inhoudelijke uitdaging (weinig–veel) en ' +
        'maatschappelijke betrokkenheid (weinig–veel).',
      'Current work, mean score (1–10): intellectual challenge (little–much) and societal ' +
        'involvement (little–much).',
    ),
    categories: ['E7', 'E8'],
    location: 'Tabel 0.4, L100–104',
    n: [2091, 896, 2703, 5526],
    items: [
      mean([7.4, 8.0, 8.1, 7.8], 'inhoudelijke uitdaging', 'intellectual challenge'),
      mean([7.3, 6.5, 7.7, 7.4], 'maatschappelijke betrokkenheid', 'societal involvement'),
    ],
  },
  {
    q: 'Q05',
    block: 0,
    statement: label(
      'Huidig werk, gemiddeld cijfer (1–10): vrijheid en autonomie (weinig–veel).',
      'Current work, mean score (1–10): freedom and autonomy (little–much).',
    ),
    categories: ['S7'],
    location: 'Tabel 0.4, L106',
    n: [2091, 896, 2703, 5526],
    items: [mean([6.5, 7.4, 6.3, 6.6], 'vrijheid en autonomie', 'freedom and autonomy')],
  },
  {
    q: 'Q06',
    block: 0,
    statement: label(
      'Huidig werk, gemiddeld cijfer (1–10): werktijden (ongunstig–gunstig) en ' +
        'arbeidsvoorwaarden (ongunstig–gunstig).',
      'Current work, mean score (1–10): working hours (unfavourable–favourable) and terms of ' +
        'employment (unfavourable–favourable).',
    ),
    categories: ['S3', 'S9'],
    location: 'Tabel 0.4, L108–110',
    n: [2091, 896, 2703, 5526],
    items: [
      mean([6.7, 7.5, 6.2, 6.7], 'werktijden', 'working hours'),
      mean([6.5, 6.3, 5.7, 6.2], 'arbeidsvoorwaarden', 'terms of employment'),
    ],
  },
  {
    q: 'Q07',
    block: 0,
    statement: label(
      'Huidig werk, gemiddeld cijfer (1–10): stress (weinig–veel); hoger is meer stress.',
      'Current work, mean score (1–10): stress (little–much); higher means more stress.',
    ),
    categories: ['S1'],
    location: 'Tabel 0.4, L112',
    n: [2091, 896, 2703, 5526],
    items: [mean([5.7, 6.1, 6.2, 5.9], 'stress', 'stress')],
  },
  {
    q: 'Q08',
    block: 0,
    statement: label(
      'Waar krijg je in je huidige werk de meeste energie van? Contact met patiënten (meer ' +
        'antwoorden mogelijk).',
      'What gives you the most energy in your current work? Contact with patients (several ' +
        'answers allowed).',
    ),
    categories: ['E1'],
    location: 'Tabel 0.5, L122–124',
    n: [2053, 881, 2661, 5434],
    items: [
      pct(
        [79, 51, 78, 72],
        'meeste energie van contact met patiënten',
        'most energy from contact with patients',
      ),
    ],
  },
  {
    q: 'Q09',
    block: 0,
    statement: label(
      "Waar krijg je in je huidige werk de meeste energie van? Samenwerken met collega's en " +
        'een positieve werksfeer (meer antwoorden mogelijk).',
      'What gives you the most energy in your current work? Working with colleagues and a ' +
        'positive atmosphere (several answers allowed).',
    ),
    categories: ['E2', 'E3'],
    location: 'Tabel 0.5, L126, L130',
    n: [2053, 881, 2661, 5434],
    items: [
      pct(
        [71, 66, 71, 70],
        "meeste energie van samenwerken met collega's",
        'most energy from working with colleagues',
      ),
      pct(
        [71, 62, 73, 71],
        'meeste energie van een positieve werksfeer',
        'most energy from a positive atmosphere',
      ),
    ],
  },
  {
    q: 'Q10',
    block: 0,
    statement: label(
      'Waar krijg je in je huidige werk de meeste energie van? Variatie in werkzaamheden, ' +
        'eigen regie en verantwoordelijkheid, en ruimte voor persoonlijke ontwikkeling (meer ' +
        'antwoorden mogelijk).',
      'What gives you the most energy in your current work? Variety in the work, own ' +
        'direction and responsibility, and room for personal development (several answers ' +
        'allowed).',
    ),
    categories: ['E4', 'E5', 'E6'],
    location: 'Tabel 0.5, L128–134',
    n: [2053, 881, 2661, 5434],
    items: [
      pct([52, 49, 58, 54], 'variatie in werkzaamheden', 'variety in the work'),
      pct([45, 58, 50, 50], 'eigen regie en verantwoordelijkheid', 'own direction and responsibility'),
      pct([31, 52, 38, 37], 'ruimte voor persoonlijke ontwikkeling', 'room for personal development'),
    ],
  },
  {
    q: 'Q11',
    block: 0,
    statement: label(
      'Waarover ben je in je huidige werk het minst tevreden? Administratieve lasten: het ' +
        'hoogste item in de tabel (meer antwoorden mogelijk).',
      'What are you least satisfied with in your current work? Administrative burden: the ' +
        'highest item in the table (several answers allowed).',
    ),
    categories: ['S2'],
    location: 'Tabel 0.6, L143, L155',
    n: [2053, 881, 2661, 5434],
    items: [
      pct(
        [65, 51, 71, 64],
        'minst tevreden over administratieve lasten',
        'least satisfied with administrative burden',
      ),
    ],
  },
  {
    q: 'Q12',
    block: 0,
    statement: label(
      'Waarover ben je in je huidige werk het minst tevreden? Tekort aan personeel (meer ' +
        'antwoorden mogelijk).',
      'What are you least satisfied with in your current work? Staff shortage (several ' +
        'answers allowed).',
    ),
    categories: ['S1'],
    location: 'Tabel 0.6, L159',
    n: [2053, 881, 2661, 5434],
    items: [
      pct(
        [38, 19, 44, 37],
        'minst tevreden over tekort aan personeel',
        'least satisfied with staff shortage',
      ),
    ],
  },
  {
    q: 'Q13',
    block: 0,
    statement: label(
      'Waarover ben je in je huidige werk het minst tevreden? Privé-werkbalans en tijd voor ' +
        'privéleven (meer antwoorden mogelijk).',
      'What are you least satisfied with in your current work? Work–life balance and time ' +
        'for private life (several answers allowed).',
    ),
    categories: ['S4'],
    location: 'Tabel 0.6, L165–167',
    n: [2053, 881, 2661, 5434],
    items: [
      pct([25, 22, 33, 27], 'minst tevreden over privé-werkbalans', 'least satisfied with work–life balance'),
      pct(
        [19, 15, 24, 20],
        'minst tevreden over tijd voor privéleven',
        'least satisfied with time for private life',
      ),
    ],
  },
  {
    q: 'Q14',
    block: 0,
    statement: label(
      'Waarover ben je in je huidige werk het minst tevreden? Hoeveelheid werk en werktijden ' +
        '(meer antwoorden mogelijk).',
      'What are you least satisfied with in your current work? Amount of work and working ' +
        'hours (several answers allowed).',
    ),
    categories: ['S1', 'S3'],
    location: 'Tabel 0.6, L145–147',
    n: [2053, 881, 2661, 5434],
    items: [
      pct([25, 21, 27, 25], 'minst tevreden over hoeveelheid werk', 'least satisfied with amount of work'),
      pct([25, 11, 29, 24], 'minst tevreden over werktijden', 'least satisfied with working hours'),
    ],
  },
  {
    q: 'Q15',
    block: 0,
    statement: label(
      'Waarover ben je in je huidige werk het minst tevreden? Waardering en erkenning, en de ' +
        'begeleiding/coaching (meer antwoorden mogelijk).',
      'What are you least satisfied with in your current work? Appreciation and recognition, ' +
        'and supervision/coaching (several answers allowed).',
    ),
    categories: ['S5', 'S9'],
    location: 'Tabel 0.6, L149, L157',
    n: [2053, 881, 2661, 5434],
    items: [
      pct(
        [22, 25, 24, 23],
        'minst tevreden over waardering en erkenning',
        'least satisfied with appreciation and recognition',
      ),
      pct(
        [17, 22, 9, 13],
        'minst tevreden over de begeleiding/coaching',
        'least satisfied with supervision/coaching',
      ),
    ],
  },
  {
    q: 'Q16',
    block: 0,
    statement: label(
      'Waarover ben je in je huidige werk het minst tevreden? De onderlinge verhoudingen op ' +
        'het werk, sociale onveiligheid op het werk en reisafstand (meer antwoorden mogelijk).',
      'What are you least satisfied with in your current work? Relationships at work, social ' +
        'unsafety at work and travel distance (several answers allowed).',
    ),
    categories: ['S6'],
    location: 'Tabel 0.6, L151–153, L161',
    n: [2053, 881, 2661, 5434],
    items: [
      pct(
        [9, 12, 8, 9],
        'minst tevreden over de onderlinge verhoudingen op het werk',
        'least satisfied with relationships at work',
      ),
      pct(
        [5, 8, 4, 5],
        'minst tevreden over sociale onveiligheid op het werk',
        'least satisfied with social unsafety at work',
      ),
      pct([17, 18, 18, 17], 'minst tevreden over reisafstand', 'least satisfied with travel distance'),
    ],
  },
  {
    q: 'Q17',
    block: 0,
    statement: label(
      'Uren per week: het aantal uur dat men gemiddeld werkt tegenover het aantal uur dat men ' +
        'het liefst zou willen werken.',
      'Hours per week: the hours worked on average against the hours one would prefer to work.',
    ),
    categories: ['S1', 'S4'],
    location: 'Tabel 0.7, L180–184',
    n: [2023, 871, 2624, 5353],
    items: [
      hours([39, 42, 43, 41], 'gemiddeld gewerkt per week', 'worked per week on average'),
      hours([34, 37, 35, 35], 'liefst gewerkt per week', 'preferred hours per week'),
    ],
  },
  {
    q: 'Q18',
    block: 0,
    statement: label(
      'Verwacht je binnenkort van werksituatie te veranderen of een volgende stap in je ' +
        'loopbaan te zetten? Ja.',
      'Do you expect to change your work situation or take a next career step soon? Yes.',
    ),
    categories: ['S8'],
    location: 'Tabel 0.8, L189–191',
    n: [1996, 861, 2602, 5297],
    items: [pct([64, 55, 44, 52], 'ja, verwacht binnenkort te veranderen', 'yes, expect to change soon')],
  },
  {
    q: 'Q19',
    block: 0,
    statement: label(
      'Loopbaanstappen sinds de opleiding geneeskunde (meer antwoorden mogelijk): gewerkt als ' +
        'anios/basisarts, gesolliciteerd op een opleidingsplek als aios, gewerkt als ' +
        'arts-onderzoeker/promovendus.',
      'Career steps taken since medical school (several answers allowed): worked as ' +
        'anios/basisarts, applied for a training post as aios, worked as researcher/PhD ' +
        'candidate.',
    ),
    categories: ['S8'],
    location: 'Tabel 0.11, L302–308',
    n: [2004, 861, 2618, 5320],
    items: [
      pct([95, 74, 93, 90], 'gewerkt als anios/basisarts', 'worked as anios/basisarts'),
      pct(
        [35, 37, 85, 58],
        'gesolliciteerd op een opleidingsplek als aios',
        'applied for a training post as aios',
      ),
      pct([26, 95, 45, 42], 'arts-onderzoeker/promovendus geweest', 'was a researcher/PhD candidate'),
    ],
  },
  {
    q: 'Q20',
    block: 0,
    statement: label(
      'Hoe heb je de sollicitatieprocedure voor de opleidingsplek(ken) ervaren? Negatief of positief.',
      'How did you experience the application procedure for the training post(s)? Negative or positive.',
    ),
    categories: ['S8'],
    location: 'Tabel 0.13, L360–367',
    n: [671, 310, 2172, 2986],
    items: [
      pct([46, 34, 24, 30], 'negatief ervaren', 'experienced as negative'),
      pct([54, 66, 76, 70], 'positief ervaren', 'experienced as positive'),
    ],
  },
  {
    q: 'Q21',
    block: 0,
    statement: label(
      'Na afwijzing voor een opleidingsplek: opnieuw solliciteren in hetzelfde vakgebied, in ' +
        'een ander vakgebied, of (nog) niet verder solliciteren.',
      'After rejection for a training post: apply again in the same field, in another field, ' +
        'or not (yet) apply again.',
    ),
    categories: ['S8'],
    location: 'Tabel 0.14, L374–390',
    n: [363, 113, 77, 527],
    items: [
      pct(
        [47, 51, 53, 47],
        'opnieuw gesolliciteerd in hetzelfde vakgebied',
        'applied again in the same field',
      ),
      pct([19, 13, 23.5, 18], 'gesolliciteerd in een ander vakgebied', 'applied in another field'),
      pct([34, 36, 23.5, 35], '(nog) niet verder solliciteren', 'not (yet) applying again'),
    ],
  },

  // Blok 1: Opleiding Geneeskunde (the bachelor and master tables have different N, so
  // Q22 and Q23 are split into a bachelor card and a master card).
  {
    q: 'Q22',
    part: 'bachelor',
    block: 1,
    statement: label(
      'Stress in de bachelor/doctoraal geneeskunde (laag–hoog), gemiddeld cijfer 1–10. ' +
        'Vergelijk met de master/coschappen (kaart Q22-master).',
      'Stress in the bachelor phase of medical school (low–high), mean score 1–10. Compare ' +
        'with the master/clerkships (card Q22-master).',
    ),
    categories: ['S1'],
    location: 'Tabel 1.8, L525–527',
    n: [1832, 795, 2390, 4872],
    items: [mean([5.6, 5.2, 5.3, 5.4], 'stress in de bachelor', 'stress in the bachelor')],
  },
  {
    q: 'Q22',
    part: 'master',
    block: 1,
    statement: label(
      'Stress in de master/coschappen geneeskunde (laag–hoog), gemiddeld cijfer 1–10; hoger ' +
        'dan in de bachelor (kaart Q22-bachelor).',
      'Stress in the master phase/clerkships of medical school (low–high), mean score 1–10; ' +
        'higher than in the bachelor (card Q22-bachelor).',
    ),
    categories: ['S1'],
    location: 'Tabel 1.9, L575–583 (data printed after Tabel 1.10)',
    n: [1849, 798, 2402, 4901],
    items: [mean([6.9, 6.6, 6.5, 6.7], 'stress in de master/coschappen', 'stress in the master/clerkships')],
  },
  {
    q: 'Q23',
    part: 'bachelor',
    block: 1,
    statement: label(
      'Vrijheid en autonomie in de bachelor/doctoraal geneeskunde (weinig–veel), gemiddeld ' +
        'cijfer 1–10. Vergelijk met de master/coschappen (kaart Q23-master).',
      'Freedom and autonomy in the bachelor phase of medical school (little–much), mean score ' +
        '1–10. Compare with the master/clerkships (card Q23-master).',
    ),
    categories: ['S7'],
    location: 'Tabel 1.8, L523',
    n: [1832, 795, 2390, 4872],
    items: [
      mean(
        [5.4, 5.4, 5.5, 5.5],
        'vrijheid en autonomie in de bachelor',
        'freedom and autonomy in the bachelor',
      ),
    ],
  },
  {
    q: 'Q23',
    part: 'master',
    block: 1,
    statement: label(
      'Vrijheid en autonomie in de master/coschappen geneeskunde (weinig–veel), gemiddeld ' +
        'cijfer 1–10; lager dan in de bachelor (kaart Q23-bachelor).',
      'Freedom and autonomy in the master phase/clerkships of medical school (little–much), ' +
        'mean score 1–10; lower than in the bachelor (card Q23-bachelor).',
    ),
    categories: ['S7'],
    location: 'Tabel 1.9, L570–573 (data printed after Tabel 1.10)',
    n: [1849, 798, 2402, 4901],
    items: [
      mean(
        [4.6, 4.5, 4.5, 4.5],
        'vrijheid en autonomie in de master/coschappen',
        'freedom and autonomy in the master/clerkships',
      ),
    ],
  },
  {
    q: 'Q24',
    block: 1,
    statement: label(
      'Idee aan het einde van de opleiding geneeskunde: me nog niet vastleggen en via een ' +
        'plek als anios/basisarts uitvinden wat past; me doelgericht voorbereiden op een ' +
        'opleidingsplek als specialist; twijfel tussen verschillende vakgebieden.',
      'Plan at the end of medical school: not yet committing and finding out via an ' +
        'anios/basisarts job what fits; preparing purposefully for a specialist training ' +
        'post; torn between fields.',
    ),
    categories: ['S8'],
    location: 'Tabel 1.11, L588–612',
    n: [1867, 811, 2435, 4958],
    items: [
      pct(
        [28, 14, 20, 22],
        'nog niet vastleggen, via anios-/basisartsplek uitvinden',
        'not yet committing, finding out via an anios job',
      ),
      pct(
        [39, 56, 51, 46],
        'doelgericht voorbereiden op opleidingsplek als specialist',
        'purposeful preparation for a specialist training post',
      ),
      pct([20, 19, 21, 21], 'twijfel tussen vakgebieden', 'torn between fields'),
    ],
  },
  {
    q: 'Q25',
    block: 1,
    statement: label(
      'Wat had je tijdens de opleiding geneeskunde kunnen helpen in je loopbaankeuzes? Meer ' +
        'informatie over loopbaanpaden, meer coschappen in andere vakgebieden, meer ' +
        'loopbaanondersteuning, informatie over kansen op een opleidingsplek, informatie over ' +
        'werksfeer/werktijden.',
      'What would have helped your career choices during medical school? More information on ' +
        'career paths, more clerkships in other fields, more career support, information on ' +
        'chances of a training post, information on atmosphere/working hours.',
    ),
    categories: ['S5', 'S8'],
    location: 'Tabel 1.12, L621–643',
    n: [1835, 792, 2372, 4845],
    items: [
      pct(
        [22, 25, 20, 22],
        'meer informatie over mogelijke loopbaanpaden als arts',
        'more information on career paths as a doctor',
      ),
      pct([20, 18, 21, 20], 'meer coschappen in andere vakgebieden', 'more clerkships in other fields'),
      pct([16, 14, 12, 14], 'meer loopbaanondersteuning', 'more career support'),
      pct(
        [15, 17, 13, 14],
        'meer informatie over kansen op een opleidingsplek/baankansen',
        'more information on chances of a training post/jobs',
      ),
      pct(
        [8, 7, 12, 10],
        'meer informatie over werksfeer/werktijden',
        'more information on atmosphere/working hours',
      ),
    ],
  },
  {
    q: 'Q26',
    block: 1,
    statement: label(
      "Hebben de coschappen geholpen bij de keuze voor een vervolgopleiding? 'Ik wist toen " +
        "zeker dat ik een vervolgopleiding wilde gaan doen' tegenover 'nog niet zeker'.",
      "Did the clerkships help choose a specialty training? 'I knew for sure then that I " +
        "wanted a specialty training' against 'not yet sure'.",
    ),
    categories: ['S8'],
    location: 'Tabel 1.10, L539–554',
    n: [1866, 810, 2431, 4953],
    items: [
      pct(
        [62, 77, 79, 71],
        'wist zeker een vervolgopleiding te willen',
        'knew for sure they wanted a specialty training',
      ),
      pct(
        [35, 22, 20, 27],
        'wist nog niet zeker of een vervolgopleiding',
        'not yet sure about a specialty training',
      ),
    ],
  },

  // Blok 2: Arts niet in opleiding tot specialist (anios/basisarts)
  {
    q: 'Q27',
    block: 2,
    statement: label(
      "Overwegingen bij de keuze voor de (meest recente) plek als anios/basisarts, % 'in " +
        "zeer hoge mate': gunstige werktijden en weinig diensten.",
      "Considerations in choosing the (most recent) anios/basisarts job, % 'to a very high " +
        "degree': favourable working hours and few shifts.",
    ),
    categories: ['S3'],
    location: 'Tabel 2.4, L713–727',
    n: [1601, 571, 2019, 3998],
    items: [
      pct([17, 5, 9, 12], 'gunstige werktijden', 'favourable working hours'),
      pct([17, 7, 8, 12], 'weinig diensten', 'few shifts'),
    ],
  },
  {
    q: 'Q28',
    block: 2,
    statement: label(
      "Overwegingen bij de keuze voor de (meest recente) plek als anios/basisarts, % 'in " +
        "zeer hoge mate': vergroten van de kansen op een aiosplek, de sfeer/cultuur van de " +
        'beroepsgroep, inhoudelijke uitdaging.',
      "Considerations in choosing the (most recent) anios/basisarts job, % 'to a very high " +
        "degree': raising the chances of an aios post, the atmosphere/culture of the " +
        'profession, intellectual challenge.',
    ),
    categories: ['S8', 'E3'],
    location: 'Tabel 2.4, L717–725',
    n: [1601, 571, 2019, 3998],
    items: [
      pct(
        [26, 37, 35, 31],
        'vergroten van mijn kansen op een aiosplek',
        'raising my chances of an aios post',
      ),
      pct(
        [31, 23, 24, 27],
        'de sfeer/cultuur van de beroepsgroep',
        'the atmosphere/culture of the profession',
      ),
      pct([32, 39, 34, 34], 'inhoudelijke uitdaging', 'intellectual challenge'),
    ],
  },
  {
    q: 'Q29',
    block: 2,
    statement: label(
      'Tevreden over de lengte van de periode als anios/basisarts? De periode duurt/duurde ' +
        'langer (vanwege het vinden van een geschikte opleidingsplek); nog langer als anios ' +
        'willen werken; precies wat ik nodig heb/had; van belang om mijn privéleven op de rit ' +
        'te krijgen.',
      'Satisfied with the length of the anios/basisarts period? It lasts/lasted longer ' +
        '(because of finding a suitable training post); want to keep working as anios; ' +
        'exactly what I need(ed); needed to get my private life on track.',
    ),
    categories: ['S8'],
    location: 'Tabel 2.5, L737–751 (full wording L2345)',
    n: [1575, 564, 2000, 3950],
    items: [
      pct(
        [20, 20, 20, 20],
        'de periode duurt/duurde langer (vinden van een geschikte opleidingsplek)',
        'the period lasts/lasted longer (finding a suitable training post)',
      ),
      pct(
        [38, 18, 2, 18],
        'ik wil nog langer werken als anios/basisarts',
        'I want to keep working as anios/basisarts',
      ),
      pct(
        [27, 47, 68, 49],
        'de periode is precies wat ik nodig heb/had',
        'the period is exactly what I need(ed)',
      ),
      pct(
        [6, 4, 3, 5],
        'de periode is van belang om mijn privéleven op de rit te krijgen',
        'the period is needed to get my private life on track',
      ),
    ],
  },
  {
    q: 'Q30',
    block: 2,
    statement: label(
      "Taken van de anios/basisarts ten opzichte van andere zorgprofessionals, % 'helemaal " +
        "eens': de anios doet veel taken die anders een aios uitvoert, die ook een PA of VS " +
        'uitvoert, waar anderen niet aan toekomen, waarvoor je niet per se arts hoeft te zijn, ' +
        'die anders een specialist uitvoert.',
      "Anios/basisarts tasks compared with other professionals, % 'fully agree': the anios " +
        'does many tasks otherwise done by an aios, also done by a PA or nurse practitioner, ' +
        "that others don't get to, that don't need a doctor, otherwise done by a specialist.",
    ),
    categories: ['S1', 'S9'],
    location: 'Tabel 2.6, L758–775',
    n: [1566, 563, 1998, 3935],
    items: [
      pct([41, 45, 42, 42], 'taken die anders een aios uitvoert', 'tasks otherwise done by an aios'),
      pct(
        [35, 31, 34, 34],
        'taken die ook een PA of VS uitvoert',
        'tasks a PA or nurse practitioner also does',
      ),
      pct(
        [27, 27, 26, 26],
        'taken waar andere zorgprofessionals niet aan toekomen',
        'tasks other professionals do not get to',
      ),
      pct(
        [20, 21, 18, 19],
        'taken waarvoor je niet per se arts hoeft te zijn',
        'tasks that do not need a doctor',
      ),
      pct(
        [21, 12, 15, 17],
        'taken die anders een specialist uitvoert',
        'tasks otherwise done by a specialist',
      ),
    ],
  },
  {
    q: 'Q31',
    block: 2,
    statement: label(
      'Waar krijg/kreeg je als anios/basisarts de meeste energie van? (meer antwoorden ' +
        'mogelijk).' +
        INFERRED_COLUMNS_NL,
      'What gives/gave you the most energy as anios/basisarts? (several answers allowed).' +
        INFERRED_COLUMNS_EN,
    ),
    categories: ['E1', 'E2', 'E3', 'E4', 'E5', 'E6'],
    location: 'Tabel 2.7, L785–799',
    columns: O_AI_T,
    n: [396, 1960, 2361],
    flags: ['analyst'],
    items: [
      pct([86, 82, 82], 'contact met patiënten', 'contact with patients'),
      pct([77, 79, 79], "samenwerken met collega's in teamverband", 'working with colleagues as a team'),
      pct([61, 72, 69], 'positieve werksfeer', 'positive atmosphere'),
      pct([54, 47, 48], 'variatie in werkzaamheden', 'variety in the work'),
      pct([30, 34, 33], 'ruimte voor persoonlijke ontwikkeling', 'room for personal development'),
      pct([28, 29, 29], 'eigen regie en verantwoordelijkheid', 'own direction and responsibility'),
    ],
  },
  {
    q: 'Q32',
    block: 2,
    statement: label(
      'Waarover ben/was je als anios/basisarts het minst tevreden? Administratieve lasten ' +
        '(meer antwoorden mogelijk).' +
        INFERRED_COLUMNS_NL,
      'What are/were you least satisfied with as anios/basisarts? Administrative burden ' +
        '(several answers allowed).' +
        INFERRED_COLUMNS_EN,
    ),
    categories: ['S2'],
    location: 'Tabel 2.8, L814, L828',
    columns: O_AI_T,
    n: [396, 1960, 2361],
    flags: ['analyst'],
    items: [
      pct(
        [73, 66, 66],
        'minst tevreden over administratieve lasten (als anios)',
        'least satisfied with administrative burden (as anios)',
      ),
    ],
  },
  {
    q: 'Q33',
    block: 2,
    statement: label(
      'Waarover ben/was je als anios/basisarts het minst tevreden? De werktijden, de ' +
        'hoeveelheid werk en tijd voor privéleven (meer antwoorden mogelijk).' +
        INFERRED_COLUMNS_NL,
      'What are/were you least satisfied with as anios/basisarts? Working hours, amount of ' +
        'work and time for private life (several answers allowed).' +
        INFERRED_COLUMNS_EN,
    ),
    categories: ['S1', 'S3', 'S4'],
    location: 'Tabel 2.8, L804–806, L824',
    columns: O_AI_T,
    n: [396, 1960, 2361],
    flags: ['analyst'],
    items: [
      pct([52, 48, 49], 'minst tevreden over de werktijden', 'least satisfied with working hours'),
      pct([43, 48, 47], 'minst tevreden over hoeveelheid werk', 'least satisfied with amount of work'),
      pct(
        [44, 34, 36],
        'minst tevreden over tijd voor privéleven',
        'least satisfied with time for private life',
      ),
    ],
  },
  {
    q: 'Q34',
    block: 2,
    statement: label(
      'Waarover ben/was je als anios/basisarts het minst tevreden? Tekort aan personeel, de ' +
        'begeleiding/coaching, waardering en erkenning (meer antwoorden mogelijk).' +
        INFERRED_COLUMNS_NL,
      'What are/were you least satisfied with as anios/basisarts? Staff shortage, ' +
        'supervision/coaching, appreciation and recognition (several answers allowed).' +
        INFERRED_COLUMNS_EN,
    ),
    categories: ['S1', 'S5', 'S9'],
    location: 'Tabel 2.8, L808, L816–818',
    columns: O_AI_T,
    n: [396, 1960, 2361],
    flags: ['analyst'],
    items: [
      pct([38, 35, 35], 'minst tevreden over tekort aan personeel', 'least satisfied with staff shortage'),
      pct(
        [36, 34, 35],
        'minst tevreden over de begeleiding/coaching',
        'least satisfied with supervision/coaching',
      ),
      pct(
        [25, 31, 30],
        'minst tevreden over waardering en erkenning',
        'least satisfied with appreciation and recognition',
      ),
    ],
  },
  {
    q: 'Q35',
    block: 2,
    statement: label(
      'Waarover ben/was je als anios/basisarts het minst tevreden? De onderlinge verhoudingen ' +
        'op het werk en sociale onveiligheid op het werk (meer antwoorden mogelijk).' +
        INFERRED_COLUMNS_NL,
      'What are/were you least satisfied with as anios/basisarts? Relationships at work and ' +
        'social unsafety at work (several answers allowed).' +
        INFERRED_COLUMNS_EN,
    ),
    categories: ['S6'],
    location: 'Tabel 2.8, L810–812',
    columns: O_AI_T,
    n: [396, 1960, 2361],
    flags: ['analyst'],
    items: [
      pct(
        [15, 17, 17],
        'minst tevreden over de onderlinge verhoudingen op het werk',
        'least satisfied with relationships at work',
      ),
      pct(
        [11, 12, 12],
        'minst tevreden over sociale onveiligheid op het werk',
        'least satisfied with social unsafety at work',
      ),
    ],
  },
  {
    q: 'Q36',
    block: 2,
    statement: label(
      'Wat heeft het zijn van anios/basisarts je gebracht? (meer antwoorden mogelijk): ik ben ' +
        'gaan twijfelen of ik in dit specialisme/vakgebied verder wil; ik weet niet zeker of ' +
        'ik een functie wil waarvoor je arts moet zijn.',
      'What has being an anios/basisarts brought you? (several answers allowed): I began to ' +
        'doubt continuing in this specialty/field; I am unsure about wanting a job that ' +
        'requires being a doctor.',
    ),
    categories: ['S8'],
    location: 'Tabel 2.9, L842–852',
    n: [1554, 561, 1975, 3899],
    items: [
      pct(
        [32, 31, 21, 27],
        'gaan twijfelen of ik in dit specialisme/vakgebied verder wil',
        'began to doubt continuing in this specialty/field',
      ),
      pct(
        [17, 13, 5, 11],
        'niet zeker of ik een functie wil waarvoor je arts moet zijn',
        'unsure about wanting a job that requires being a doctor',
      ),
    ],
  },
  {
    q: 'Q37',
    block: 2,
    statement: label(
      'Wat heeft het zijn van anios/basisarts je gebracht? (meer antwoorden mogelijk): ' +
        'privéleven verder kunnen opbouwen; tevreden als anios/basisarts en wil dat blijven; ' +
        'beter voorbereid op de gewenste opleidingsplek als specialist.',
      'What has being an anios/basisarts brought you? (several answers allowed): built up ' +
        'private life; content as anios/basisarts and want to stay; better prepared for the ' +
        'desired specialist training post.',
    ),
    categories: ['S4', 'S8'],
    location: 'Tabel 2.9, L840–848',
    n: [1554, 561, 1975, 3899],
    items: [
      pct([25, 8, 10, 16], 'privéleven verder kunnen opbouwen', 'was able to build up private life'),
      pct(
        [22, 6, 2, 11],
        'tevreden als anios/basisarts en wil dat blijven doen',
        'content as anios/basisarts and want to stay',
      ),
      pct(
        [57, 71, 78, 67],
        'beter voorbereid op de gewenste opleidingsplek als specialist',
        'better prepared for the desired specialist training post',
      ),
    ],
  },
  {
    q: 'Q38',
    block: 2,
    statement: label(
      'Wat had je als anios kunnen helpen in je verdere loopbaankeuzes? (meer antwoorden ' +
        'mogelijk): meer loopbaanondersteuning; informatie over loopbaanpaden; over kansen op ' +
        'een opleidingsplek/baankansen; over werksfeer/werktijden; meer ervaring in andere ' +
        'vakgebieden.',
      'What would have helped your career choices as anios? (several answers allowed): more ' +
        'career support; information on career paths; on chances of a training post/jobs; on ' +
        'atmosphere/working hours; more experience in other fields.',
    ),
    categories: ['S5', 'S8'],
    location: 'Tabel 2.10, L860–878',
    n: [1554, 561, 1975, 3899],
    items: [
      pct([42, 37, 30, 36], 'meer loopbaanondersteuning', 'more career support'),
      pct(
        [41, 36, 29, 35],
        'meer informatie over mogelijke loopbaanpaden als arts',
        'more information on career paths as a doctor',
      ),
      pct(
        [37, 38, 28, 32],
        'meer informatie over kansen opleidingsplek/baankansen',
        'more information on chances of a training post/jobs',
      ),
      pct(
        [24, 17, 21, 22],
        'meer informatie over werksfeer/werktijden',
        'more information on atmosphere/working hours',
      ),
      pct([28, 21, 22, 24], 'meer ervaring opdoen in andere vakgebieden', 'more experience in other fields'),
    ],
  },

  // Blok 3: (Arts-)Onderzoeker/promotie-onderzoek
  {
    q: 'Q39',
    block: 3,
    statement: label(
      "Overwegingen om (promotie-)onderzoek te gaan doen, % 'zeer van toepassing': vergroten " +
        'van de kans op een opleidingsplek; gunstige arbeidsvoorwaarden/flexibele werktijden.',
      "Reasons to do (PhD) research, % 'strongly applies': raising the chance of a training " +
        'post; favourable terms/flexible working hours.',
    ),
    categories: ['S8'],
    location: 'Tabel 3.2, L893–899',
    n: [420, 704, 926, 1816],
    items: [
      pct([50, 40, 44, 45], 'vergroten kans opleidingsplek', 'raising the chance of a training post'),
      pct(
        [21, 31, 19, 23],
        'gunstige arbeidsvoorwaarden/flexibele werktijden',
        'favourable terms/flexible working hours',
      ),
    ],
  },
  {
    q: 'Q40',
    block: 3,
    statement: label(
      '(Promotie-)onderzoekswerk ervaren, gemiddeld cijfer 1–10: werktijden ' +
        '(ongunstig–gunstig), vrijheid en autonomie (weinig–veel), arbeidsvoorwaarden ' +
        '(ongunstig–gunstig), maatschappelijke betrokkenheid (weinig–veel).',
      'Experience of (PhD) research work, mean score 1–10: working hours ' +
        '(unfavourable–favourable), freedom and autonomy (little–much), terms of employment ' +
        '(unfavourable–favourable), societal involvement (little–much).',
    ),
    categories: ['S3', 'S7', 'S9'],
    location: 'Tabel 3.4, L920–933',
    n: [416, 705, 926, 1813],
    items: [
      mean([7.9, 8.1, 7.8, 7.9], 'werktijden', 'working hours'),
      mean([7.7, 8.2, 8.0, 8.0], 'vrijheid en autonomie', 'freedom and autonomy'),
      mean([5.8, 6.3, 6.2, 6.2], 'arbeidsvoorwaarden', 'terms of employment'),
      mean([5.4, 6.0, 5.6, 5.7], 'maatschappelijke betrokkenheid', 'societal involvement'),
    ],
  },
  {
    q: 'Q41',
    block: 3,
    statement: label(
      "Wat heeft (promotie-)onderzoek je gebracht? 'Ik maak(te) meer kans om in opleiding te " +
        "komen op de door mij gewenste aiosplek' (meer antwoorden mogelijk).",
      "What has (PhD) research brought you? 'I have (had) a better chance of getting into " +
        "training for my desired aios post' (several answers allowed).",
    ),
    categories: ['S8'],
    location: 'Tabel 3.5, L943–958',
    n: [425, 711, 940, 1838],
    items: [
      pct([60, 52, 69, 63], 'meer kans om in opleiding te komen', 'better chance of getting into training'),
    ],
  },

  // Blok 4: Arts in Opleiding tot Specialist (aios). The Anios and Onderzoeker columns are
  // people now working as anios or researchers who had (or have) a specialty training.
  {
    q: 'Q42',
    block: 4,
    statement: label(
      "Overwegingen bij de keuze voor de laatste vervolgopleiding, % 'in zeer hoge mate': in " +
        'deeltijd kunnen werken, gunstige werktijden en weinig diensten, tegenover de inhoud ' +
        "van het werk/vakgebied. Het totaal voor 'weinig diensten' (9%) ligt buiten de " +
        'groepswaarden (8/7/8%); zo afgedrukt in de bron.',
      "Considerations in choosing the last specialty training, % 'to a very high degree': " +
        'working part-time, favourable working hours and few shifts, against the content of ' +
        "the work/field. The total for 'few shifts' (9%) lies outside the group values " +
        '(8/7/8%); printed so in the source.',
    ),
    categories: ['S3', 'S4'],
    location: 'Tabel 4.2, L967–994',
    n: [156, 136, 1823, 2033],
    columnFlags: { totaal: ['inconsistent'] },
    items: [
      pct([11, 4, 13, 12], 'de mogelijkheid om in deeltijd te werken', 'the option to work part-time'),
      pct([9, 4, 11, 10], 'de gunstige werktijden', 'favourable working hours'),
      pct([8, 7, 8, 9], 'weinig diensten', 'few shifts'),
      pct([59, 72, 73, 71], 'de inhoud van het werk/vakgebied', 'the content of the work/field'),
    ],
  },
  {
    q: 'Q43',
    block: 4,
    statement: label(
      "Overwegingen bij de keuze voor de laatste vervolgopleiding, % 'in zeer hoge mate': de " +
        'sfeer/cultuur van de beroepsgroep/opleiding, intensief contact met patiënten, kans op ' +
        'een baan na afronden van de opleiding, hoog salaris.',
      "Considerations in choosing the last specialty training, % 'to a very high degree': the " +
        'atmosphere/culture of the profession/training, intensive patient contact, chance of ' +
        'a job after training, high salary.',
    ),
    categories: ['S8', 'S9', 'E1', 'E3'],
    location: 'Tabel 4.2, L975, L986–992',
    n: [156, 136, 1823, 2033],
    items: [
      pct(
        [26, 42, 39, 38],
        'de sfeer/cultuur van de beroepsgroep/opleiding',
        'the atmosphere/culture of the profession/training',
      ),
      pct([36, 41, 40, 40], 'intensief contact met patiënten', 'intensive contact with patients'),
      pct([20, 15, 14, 14], 'kans op een baan na afronden opleiding', 'chance of a job after training'),
      pct([4, 1, 1, 2], 'hoog salaris', 'high salary'),
    ],
  },
  {
    q: 'Q44',
    block: 4,
    statement: label(
      'Tevreden over de (meest recente) opleidingsplek? (meer antwoorden mogelijk): het is ' +
        'de plek die ik heel graag wilde; niet (geheel) tevreden; wel tevreden over de plek, ' +
        'maar niet over het perspectief op werk als specialist.',
      'Satisfied with the (most recent) training post? (several answers allowed): it is the ' +
        'post I really wanted; not (fully) satisfied; satisfied with the post but not with ' +
        'the job perspective as a specialist.',
    ),
    categories: ['S8'],
    location: 'Tabel 4.4, L1019–1043',
    n: [166, 139, 1834, 2053],
    items: [
      pct([39, 74, 78, 74], 'de opleidingsplek die ik heel graag wilde', 'the training post I really wanted'),
      pct(
        [23, 8, 6, 8],
        'niet (geheel) tevreden over de opleidingsplek',
        'not (fully) satisfied with the training post',
      ),
      pct(
        [13, 13, 12, 13],
        'tevreden over de plek, niet over het perspectief op werk als specialist',
        'satisfied with the post, not with the job perspective as a specialist',
      ),
    ],
  },
  {
    q: 'Q45',
    block: 4,
    statement: label(
      'Heb je wel eens overwogen te stoppen met een vervolgopleiding, of ben je al eens ' +
        'gestopt met een eerdere vervolgopleiding? Ja.',
      'Have you ever considered stopping a specialty training, or did you stop an earlier one? Yes.',
    ),
    categories: [],
    location: 'Tabel 4.5, L1048–1050',
    n: [166, 139, 1834, 2053],
    items: [pct([66, 29, 30, 34], 'overwogen te stoppen of gestopt', 'considered stopping or stopped')],
  },
  {
    q: 'Q46',
    block: 4,
    statement: label(
      'Belangrijkste reden bij wie overwoog te stoppen of stopte (meer antwoorden mogelijk): ' +
        'de privé-werkbalans.',
      'Main reason among those who considered stopping or stopped (several answers allowed): ' +
        'work–life balance.',
    ),
    categories: ['S4'],
    location: 'Tabel 4.5 ja, L1075, L1081',
    n: [110, 40, 553, 702],
    items: [pct([57, 58, 71, 68], 'reden: privé-werkbalans', 'reason: work–life balance')],
  },
  {
    q: 'Q47',
    block: 4,
    statement: label(
      'Belangrijkste reden bij wie overwoog te stoppen of stopte (meer antwoorden mogelijk): ' +
        'waardering en erkenning; toekomstperspectief op een vaste baan.',
      'Main reason among those who considered stopping or stopped (several answers allowed): ' +
        'appreciation and recognition; prospect of a permanent job.',
    ),
    categories: ['S8', 'S9'],
    location: 'Tabel 4.5 ja, L1071, L1077',
    n: [110, 40, 553, 702],
    items: [
      pct([22, 33, 33, 31], 'reden: waardering en erkenning', 'reason: appreciation and recognition'),
      pct(
        [16, 23, 29, 26],
        'reden: toekomstperspectief op vaste baan',
        'reason: prospect of a permanent job',
      ),
    ],
  },
  {
    q: 'Q48',
    block: 4,
    statement: label(
      'Belangrijkste reden bij wie overwoog te stoppen of stopte (meer antwoorden mogelijk): ' +
        'de begeleiding/coaching, de onderlinge verhoudingen op het werk, sociale onveiligheid ' +
        'op het werk, reisafstand tot het werk.',
      'Main reason among those who considered stopping or stopped (several answers allowed): ' +
        'supervision/coaching, relationships at work, social unsafety at work, travel ' +
        'distance to work.',
    ),
    categories: ['S5', 'S6'],
    location: 'Tabel 4.5 ja, L1062–1073',
    n: [110, 40, 553, 702],
    items: [
      pct([32, 28, 18, 21], 'reden: de begeleiding/coaching', 'reason: supervision/coaching'),
      pct([25, 15, 19, 21], 'reden: de onderlinge verhoudingen op het werk', 'reason: relationships at work'),
      pct([24, 18, 16, 18], 'reden: sociale onveiligheid op het werk', 'reason: social unsafety at work'),
      pct([8, 10, 7, 7], 'reden: reisafstand tot het werk', 'reason: travel distance to work'),
    ],
  },
  {
    q: 'Q49',
    block: 4,
    statement: label(
      'Hoe groot acht je de kans op een vaste baan in je eigen vakgebied/specialisme na het ' +
        'afronden van de vervolgopleiding? Verdeling over de kansklassen.',
      'How likely do you think a permanent job in your own field/specialty is after ' +
        'finishing the specialty training? Distribution over the classes of chance.',
    ),
    categories: ['S8'],
    location: 'Tabel 4.6, L1086–1096',
    n: [147, 137, 1827, 2018],
    items: [
      pct([45, 37, 40, 40], 'kans 100 procent', 'chance 100 percent'),
      pct([20, 35, 32, 31], 'kans 75 tot 100 procent', 'chance 75 to 100 percent'),
      pct([14, 16, 17, 16], 'kans 50 tot 75 procent', 'chance 50 to 75 percent'),
      pct([8, 7, 8, 8], 'kans 25 tot 50 procent', 'chance 25 to 50 percent'),
      pct([13, 5, 3, 5], 'kans 0 tot 25 procent', 'chance 0 to 25 percent'),
    ],
  },

  // Blok 0 again: the notes give only the Totaal column for Q50 and Q51.
  {
    q: 'Q50',
    block: 0,
    statement: label(
      'Welke sector/locatie/organisatie om als arts te werken spreekt je het minst aan? ' +
        '(meer antwoorden mogelijk; totaalkolom).',
      'Which sector/setting/organisation to work in as a doctor appeals to you least? ' +
        '(several answers allowed; total column).',
    ),
    categories: ['S8'],
    location: 'Tabel 0.10, L248–276',
    columns: T_ONLY,
    n: [5320],
    items: [
      pct([59], 'UWV/instelling verzekeringsgeneeskunde', 'UWV/insurance medicine'),
      pct([49], 'arbodienstverlening', 'occupational health service'),
      pct([48], 'instelling gehandicaptenzorg', 'disability care'),
      pct([43], 'instelling geestelijke gezondheidszorg', 'mental-health institution'),
      pct([43], 'farmaceutisch bedrijf', 'pharmaceutical company'),
      pct([42], 'verpleeghuis/verzorgingshuis/thuiszorg', 'nursing home/care home/home care'),
    ],
  },
  {
    q: 'Q51',
    block: 0,
    statement: label(
      'Waar denk je dat je over 5 tot 10 jaar werkt? (meer antwoorden mogelijk; totaalkolom).',
      'Where do you think you will work in 5 to 10 years? (several answers allowed; total column).',
    ),
    categories: ['S8'],
    location: 'Tabel 0.9, L202–234',
    columns: T_ONLY,
    n: [5320],
    items: [
      pct([35], 'perifeer ziekenhuis', 'peripheral hospital'),
      pct([33], 'topklinisch ziekenhuis', 'top-clinical hospital'),
      pct([30], 'UMC/universiteit', 'UMC/university'),
      pct([24], 'huisartsenpraktijk', 'GP practice'),
      pct([9], 'organisatie buiten de zorg', 'organisation outside healthcare'),
      pct([9], 'ZZP (zelfstandige)', 'self-employed (ZZP)'),
    ],
  },
];

// ---------------------------------------------------------------------------------------
// §2.3: open-answer counts and focus groups of document 002 (mentions, no base N)
// ---------------------------------------------------------------------------------------

function mentions(value: number, nl: string, en: string): EvidenceFigure {
  return { value, unit: 'mentions', label: label(nl, en) };
}

function count(value: number, nl: string, en: string): EvidenceFigure {
  return { value, unit: 'count', label: label(nl, en) };
}

const ANIOS_OPEN: Label = label('anios/basisarts (open antwoorden)', 'anios/basisarts (open answers)');
const AIOS_OPEN: Label = label('aios (open antwoorden)', 'aios (open answers)');

const OPEN_NOTE_NL = 'Een selectie van gecodeerde categorieën; tellingen zijn vermeldingen, geen basis-N.';
const OPEN_NOTE_EN = 'A selection of coded categories; counts are mentions, no base N.';

const openAnswerCards: EvidenceCard[] = [
  {
    id: '002-X01-anios',
    statement: label(
      "Open antwoorden van anios op 'Waar je als anios het minst tevreden over bent' " +
        `(Vraag 2.8). ${OPEN_NOTE_NL}`,
      "Open answers of anios to 'what I am least satisfied with as anios' (Question 2.8). " + OPEN_NOTE_EN,
    ),
    figures: [
      mentions(
        26,
        'competitieve sfeer rond sollicitaties aiosplekken / onzekerheid opleidingsplek / stress',
        'competitive atmosphere around aios applications / uncertainty about a training post / stress',
      ),
      mentions(22, 'diensten', 'shifts'),
      mentions(19, 'afhankelijkheid supervisoren / hiërarchie', 'dependence on supervisors / hierarchy'),
      mentions(18, 'arbeidsvoorwaarden (overuren, salaris)', 'terms of employment (overtime, salary)'),
      mentions(
        15,
        'weinig autonomie / eigen regie / flexibiliteit',
        'little autonomy / own direction / flexibility',
      ),
      mentions(
        13,
        'ruimte om te leren / constante druk / stress',
        'room to learn / constant pressure / stress',
      ),
      mentions(12, 'onzekerheid toekomst / geen vaste aanstelling', 'uncertain future / no permanent post'),
      mentions(
        10,
        'veel werken / werkuren / weinig vrije dagen',
        'a lot of work / long hours / few days off',
      ),
      mentions(
        9,
        'onervarenheid en grote verantwoordelijkheid dragen',
        'inexperience while carrying great responsibility',
      ),
      mentions(7, "'gaten vullen'", "'filling gaps'"),
      mentions(4, 'agressie en veiligheid / patiënten', 'aggression and safety / patients'),
    ],
    kind: 'mentions',
    population: { ...ANIOS_OPEN },
    n: null,
    source: {
      document: '002',
      title: TITLES['002'],
      location: 'X01, Vraag 2.8 (anios), L1230–1249',
    },
    categories: ['S3', 'S6', 'S8', 'S10', 'S11'],
    careerPhases: ['anios'],
  },
  {
    id: '002-X02-anios',
    statement: label(
      "Open antwoorden van anios op 'Waar je in je huidige functie het minst tevreden over " +
        `bent' (Vraag 0.6). ${OPEN_NOTE_NL}`,
      "Open answers of anios to 'what I am least satisfied with in my current job' " +
        `(Question 0.6). ${OPEN_NOTE_EN}`,
    ),
    figures: [
      mentions(
        41,
        'inhoudelijke uitdaging / diepgang / curatief bezig zijn / variatie (grootste categorie)',
        'lack of intellectual challenge / depth / curative work / variety (largest category)',
      ),
      mentions(27, 'bureaucratie / management / top down', 'bureaucracy / management / top-down'),
      mentions(18, 'toekomstperspectief / carrièreperspectief', 'future / career perspective'),
      mentions(17, 'diensten', 'shifts'),
      mentions(14, 'vergoeding (over)uren', 'pay for (over)time'),
      mentions(14, 'salaris', 'salary'),
      mentions(12, 'prikkels / stress / werkdruk / randtaken', 'stimuli / stress / workload / side tasks'),
      mentions(
        11,
        'inhoud / behandeling kennis / verantwoordelijkheid / emotionele belasting',
        'content / treatment knowledge / responsibility / emotional load',
      ),
      mentions(
        6,
        'tijd voor mijzelf / werk-privébalans / parttime werken',
        'time for myself / work–life balance / part-time work',
      ),
    ],
    kind: 'mentions',
    population: { ...ANIOS_OPEN },
    n: null,
    source: {
      document: '002',
      title: TITLES['002'],
      location: 'X02, Vraag 0.6 (anios), L1297–1322',
    },
    categories: ['S2', 'S3', 'S8', 'S9', 'S10'],
    careerPhases: ['anios'],
  },
  {
    id: '002-X03-aios',
    statement: label(
      "Open antwoorden van aios op 'Waar je in je huidige functie het minst tevreden over " +
        `bent' (Vraag 0.6). ${OPEN_NOTE_NL} 'Administratielast' staat er zonder telling; de ` +
        "telling (71) staat op de volgende regel 'Salaris/beloning/financiële waardering' en " +
        "kan bij beide horen. Ook gecodeerd: 'Systeemproblemen' (L1837).",
      "Open answers of aios to 'what I am least satisfied with in my current job' " +
        `(Question 0.6). ${OPEN_NOTE_EN} 'Administratielast' (administrative burden) appears ` +
        "without a count; the count (71) is on the next line, 'Salaris/beloning/financiële " +
        "waardering' (salary/pay/financial appreciation), and may belong to either. Also " +
        "coded: 'Systeemproblemen' (system problems, L1837).",
    ),
    figures: [
      mentions(
        71,
        "salaris/beloning/financiële waardering — of 'Administratielast' " + '(telling niet eenduidig)',
        "salary/pay/financial appreciation — or 'Administratielast' (count ambiguous)",
      ),
      mentions(
        32,
        'afhankelijkheidspositie / autonomie / hiërarchie',
        'dependent position / autonomy / hierarchy',
      ),
      mentions(
        28,
        'niet thuis kunnen werken / werktijden flexibiliteit',
        'cannot work from home / inflexible working hours',
      ),
      mentions(18, 'anw-diensten (avond, nacht, weekend)', 'ANW shifts (evening, night and weekend duty)'),
      mentions(
        14,
        'negatieve sfeer door werkdruk / gebrek aan personeel',
        'negative atmosphere from workload / staff shortage',
      ),
      mentions(
        11,
        'agressie door patiënten / risico tuchtrecht',
        'aggression from patients / risk of disciplinary law',
      ),
    ],
    kind: 'mentions',
    population: { ...AIOS_OPEN },
    n: null,
    source: {
      document: '002',
      title: TITLES['002'],
      location: 'X03, Vraag 0.6 (aios), L1824–1845',
    },
    categories: ['S2', 'S3', 'S7', 'S9', 'S11', 'S12'],
    careerPhases: ['aios'],
    flags: ['inconsistent'],
  },
  {
    id: '002-X04-aios',
    statement: label(
      'Open antwoorden van aios over de reden om te overwegen te stoppen met de ' +
        `vervolgopleiding (4.5, 'anders'). ${OPEN_NOTE_NL}`,
      'Open answers of aios on their reason for considering stopping the specialty training ' +
        `(4.5, 'other'). ${OPEN_NOTE_EN}`,
    ),
    figures: [
      mentions(
        74,
        'inhoudelijk passend / eigen affiniteit / eigen normen (grootste categorie)',
        'fit with the content / own affinity / own norms (largest category)',
      ),
      mentions(
        34,
        'privéomstandigheden / gezondheid / zwangerschap',
        'private circumstances / health / pregnancy',
      ),
      mentions(27, 'werkdruk / onderbezetting', 'workload / understaffing'),
      mentions(
        24,
        'stress / emotionele belasting / verantwoordelijkheid',
        'stress / emotional load / responsibility',
      ),
      mentions(13, 'diensten', 'shifts'),
      mentions(11, 'werktijden / lange werkdagen', 'working hours / long working days'),
      mentions(11, 'gebrek aan autonomie / regie', 'lack of autonomy / control'),
      mentions(10, 'administratielast', 'administrative burden'),
      mentions(7, 'burn-out', 'burnout'),
    ],
    kind: 'mentions',
    population: label(
      'aios die overwogen te stoppen (open antwoorden)',
      'aios who considered stopping (open answers)',
    ),
    n: null,
    source: {
      document: '002',
      title: TITLES['002'],
      location: "X04, Vraag 4.5 'anders' (aios), L1790–1811",
    },
    categories: ['S1', 'S3', 'S4', 'S10'],
    careerPhases: ['aios'],
  },
  {
    id: '002-X05-aios',
    statement: label(
      'Open antwoorden van aios over een negatieve ervaring met de sollicitatie voor een ' +
        `opleidingsplek (0.13). ${OPEN_NOTE_NL}`,
      'Open answers of aios on a negative experience of applying for a training post ' +
        `(0.13). ${OPEN_NOTE_EN}`,
    ),
    figures: [
      mentions(
        92,
        'niet professioneel / vriendjespolitiek / niet eerlijk',
        'not professional / favouritism / not fair',
      ),
      mentions(85, 'procedure niet transparant', 'non-transparent procedure'),
      mentions(
        76,
        'meer aniossen dan aiosplekken / teveel concurrentie',
        'more anios than aios posts / too much competition',
      ),
      mentions(71, 'stress / hoge prestatiedruk', 'stress / high performance pressure'),
      mentions(36, 'weinig feedback bij afwijzing', 'little feedback after rejection'),
      mentions(31, "'ballerige cultuur' / onveilig", "'posh clique culture' / unsafe"),
    ],
    kind: 'mentions',
    population: label(
      'aios met een negatieve sollicitatie-ervaring (open antwoorden)',
      'aios with a negative application experience (open answers)',
    ),
    n: null,
    source: {
      document: '002',
      title: TITLES['002'],
      location: 'X05, Vraag 0.13 negatief (aios), L1752–1778',
    },
    categories: ['S6', 'S8'],
    careerPhases: ['aios'],
  },
  {
    id: '002-X06-aios',
    statement: label(
      "Parttime werken in de open antwoorden van aios op 'Verwacht je binnenkort van baan te " +
        "veranderen?' (0.8): bij 'ja, want' en bij 'nee, want'. Tellingen zijn vermeldingen, " +
        'geen basis-N.',
      "Part-time work in the open answers of aios to 'do you expect to change job soon?' " +
        "(0.8): under 'yes, because' and under 'no, because'. Counts are mentions, no base N.",
    ),
    figures: [
      mentions(
        27,
        "'Parttime werken / dag minder werken' (ja, want)",
        "'work part-time / a day less' (yes, because)",
      ),
      mentions(5, "'Wil parttime werken' (nee, want)", "'want to work part-time' (no, because)"),
    ],
    kind: 'mentions',
    population: { ...AIOS_OPEN },
    n: null,
    source: {
      document: '002',
      title: TITLES['002'],
      location: 'X06, Vraag 0.8 (aios), L1856, L1886',
    },
    categories: ['S4'],
    careerPhases: ['aios'],
  },
  {
    id: '002-X06-anios',
    statement: label(
      "Parttime werken in de open antwoorden van anios op 'Verwacht je binnenkort van baan " +
        "te veranderen? Ja, want' (0.8). Tellingen zijn vermeldingen, geen basis-N.",
      "Part-time work in the open answers of anios to 'do you expect to change job soon? " +
        "Yes, because' (0.8). Counts are mentions, no base N.",
    ),
    figures: [
      mentions(
        17,
        "'Minder werken / parttime werken / flexibiliteit'",
        "'work less / part-time / flexibility'",
      ),
    ],
    kind: 'mentions',
    population: { ...ANIOS_OPEN },
    n: null,
    source: {
      document: '002',
      title: TITLES['002'],
      location: 'X06, Vraag 0.8 (anios), L1342',
    },
    categories: ['S4'],
    careerPhases: ['anios'],
  },
];

/**
 * Focus-group reports (Bijlage 3, 2023). Qualitative: quotes and participants' own
 * figures stay in the statement; only counts of people (X11) are figures.
 */
const focusGroupCards: EvidenceCard[] = [
  {
    id: '002-X07-focusgroep',
    statement: label(
      "Focusgroep 'Werken in het ziekenhuis' (12 oktober 2023): wie een opleidingsplek wil, " +
        "kan niet te lang anios blijven (maximaal vier jaar); 'De privé-werkbalans is " +
        'moeilijk. Je werkt zoveel weekenden, nachten en avonden. Anios vallen dan ook bij ' +
        "bosjes uit'; het aniosschap wordt gezien als 'gaten vullen', en dat en de " +
        "anw-diensten verminderen het werkplezier; 'Het wordt niet meer gepikt om extra uren " +
        "te draaien'.",
      "Focus group 'Working in the hospital' (12 October 2023): anios who want a training " +
        "post can stay at most four years; 'work–life balance is hard; you work so many " +
        "weekends, nights and evenings; anios drop out in droves'; the anios role is framed " +
        "as 'filling gaps', and that and the ANW shifts reduce job satisfaction; 'working " +
        "extra hours is no longer accepted'.",
    ),
    figures: [],
    kind: 'qualitative',
    population: label(
      'anios (focusgroep met arts-assistenten en aios, met De Jonge Specialist)',
      'anios (focus group of residents and aios, with De Jonge Specialist)',
    ),
    n: null,
    source: {
      document: '002',
      title: TITLES['002'],
      location: 'X07, focusgroep ziekenhuis, L2898–2959 (L2913–2914, L2919–2922, L2927)',
    },
    categories: ['S3', 'S4', 'S5', 'S9'],
    careerPhases: ['anios'],
  },
  {
    id: '002-X08-focusgroep',
    statement: label(
      "Focusgroep wervingsbureaus (4 september 2023): 'Als je binnen het ziekenhuis meer " +
        'vrijheid en autonomie zou krijgen en parttime zou kunnen werken, zouden veel meer ' +
        "mensen kiezen voor het ziekenhuis'; basisartsen in een andere levensfase vragen zich " +
        "af: 'wil ik nog wel 60 uur werken?'; de groep die snel zzp'er wil worden is volgens " +
        "de deelnemers 'niet groter … dan 5%'.",
      "Focus group of recruitment agencies (4 September 2023): 'with more freedom and " +
        'autonomy and the option of part-time work in the hospital, many more people would ' +
        "choose the hospital'; basisartsen in a new life phase ask 'do I still want to work " +
        "60 hours?'; the group that wants to become self-employed fast is, according to the " +
        "participants, 'no larger than 5%'.",
    ),
    figures: [],
    kind: 'qualitative',
    population: label(
      'basisartsen, volgens vertegenwoordigers van wervingsbureaus',
      'basisartsen, according to representatives of recruitment agencies',
    ),
    n: null,
    source: {
      document: '002',
      title: TITLES['002'],
      location: 'X08, focusgroep Wervingsbureaus, L3036–3074 (L3055–3057, L3059, L3063–3064)',
    },
    categories: ['S4', 'S7'],
    careerPhases: ['anios'],
  },
  {
    id: '002-X09-focusgroep',
    statement: label(
      'Focusgroep bedrijfsartsen (oktober 2023): wat voor basisartsen belangrijk is: ' +
        "'1 meer tijd voor patiënt, 2 meer tijd voor preventie, 3 betere werk-privébalans " +
        "(parttime werken, minder diensten) en 4 betere sfeer (niet uitgekafferd worden)'.",
      'Focus group of occupational physicians (October 2023): what matters to basisartsen: ' +
        '(1) more time for the patient, (2) more time for prevention, (3) better work–life ' +
        'balance (part-time work, fewer shifts) and (4) a better atmosphere (not being yelled ' +
        'at).',
    ),
    figures: [],
    kind: 'qualitative',
    population: label(
      'basisartsen, volgens bedrijfsartsen',
      'basisartsen, according to occupational physicians',
    ),
    n: null,
    source: {
      document: '002',
      title: TITLES['002'],
      location: 'X09, focusgroep Bedrijfsartsen, L3116–3117',
    },
    categories: ['S4', 'S6', 'E1'],
    careerPhases: ['anios'],
  },
  {
    id: '002-X10-focusgroep',
    statement: label(
      'Focusgroep basisartsen bij GGD/GHOR (11 oktober 2023): basisartsen lijken behoefte te ' +
        "hebben aan een 'ontwikkeljaar of snuffelstage … integraal jaar of een traineeship'; " +
        'in de jeugdgezondheidszorg gaat maar een deel in opleiding (volgens de deelnemers ' +
        "'25%'), vooral door 'de toegenomen werk-privébalans'.",
      'Focus group on basisartsen at public health services (GGD/GHOR, 11 October 2023): ' +
        'basisartsen seem to need a development year, taster placement, integral year or ' +
        'traineeship; in youth healthcare only part go on to specialty training (according ' +
        "to the participants '25%'), mainly because of the increased weight of work–life " +
        'balance.',
    ),
    figures: [],
    kind: 'qualitative',
    population: label(
      'basisartsen bij de GGD, volgens GGD-deelnemers',
      'basisartsen at public health services, according to GGD participants',
    ),
    n: null,
    source: {
      document: '002',
      title: TITLES['002'],
      location: 'X10, focusgroep GGD/GHOR, L3146–3217 (L3166–3167, L3178, L3180–3181)',
    },
    categories: ['S4', 'S8'],
    careerPhases: ['anios'],
  },
  {
    id: '002-X11-focusgroep',
    statement: label(
      'Focusgroep verzekeringsgeneeskunde (19 oktober 2023): van de recent aangenomen artsen ' +
        'bij het UWV is een deel in opleiding gegaan; het UWV heeft 900 artsen, het aantal ' +
        'nieuwe artsen per jaar steeg van 73 naar 120 en de uitstroom is ongeveer 70; ' +
        "'je hoeft niet zoals in het ziekenhuis 60 uur per week te werken'.",
      'Focus group on insurance medicine (19 October 2023): part of the doctors recently ' +
        'hired by UWV started training; UWV has 900 doctors, new doctors per year rose from ' +
        "73 to 120 and outflow is about 70; 'unlike the hospital, you don't have to work 60 " +
        "hours a week'.",
    ),
    figures: [
      count(117, 'recent aangenomen artsen bij het UWV', 'doctors recently hired by UWV'),
      count(43, 'van hen in opleiding gegaan', 'of whom started training'),
      count(900, 'artsen bij het UWV', 'doctors at UWV'),
      count(73, 'nieuwe artsen per jaar (vroeger)', 'new doctors per year (in the past)'),
      count(120, 'nieuwe artsen dit jaar', 'new doctors this year'),
      count(70, 'uitstroom, ongeveer (artsen)', 'outflow, about (doctors)'),
    ],
    kind: 'qualitative',
    population: label(
      'artsen bij het UWV (focusgroep verzekeringsgeneeskunde: UWV en Argonaut)',
      'doctors at UWV (insurance-medicine focus group: UWV and Argonaut)',
    ),
    n: null,
    source: {
      document: '002',
      title: TITLES['002'],
      location: 'X11, focusgroep Verzekeringsgeneeskunde, L3289–3396 (L3307–3308, L3332, L3338–3340)',
    },
    categories: ['S1', 'S8'],
    careerPhases: ['anios'],
  },
  {
    id: '002-X12-focusgroep',
    statement: label(
      'Bijeenkomst SBOH-stuurgroep onderzoek & analyse (5 oktober 2023): na corona willen ' +
        "anios in ziekenhuizen 'geen diensten meer draaien'; 'Aniossen zijn te lang gezien " +
        "als verbruiksmateriaal. Dat is nu aan het kantelen.'",
      'SBOH research and analysis steering group (5 October 2023): after COVID, anios in ' +
        "hospitals 'no longer want to do shifts'; 'anios have too long been treated as " +
        "consumables; that is now changing'.",
    ),
    figures: [],
    kind: 'qualitative',
    population: label(
      'anios, volgens de SBOH-stuurgroep onderzoek & analyse',
      'anios, according to the SBOH research and analysis steering group',
    ),
    n: null,
    source: {
      document: '002',
      title: TITLES['002'],
      location: 'X12, bijeenkomst Stuurgroep onderzoek & analyse SBOH, L3397–3452 (L3404–3405, L3450–3451)',
    },
    categories: ['S3', 'S9'],
    careerPhases: ['anios'],
  },
];

// ---------------------------------------------------------------------------------------
// §2.4: cards from documents 001, 003 and 004
// ---------------------------------------------------------------------------------------

const FORMER_ANIOS: Label = label(
  '(voormalig) anios (online-enquête Platform Medisch Leiderschap)',
  '(former) anios (online survey, Platform Medisch Leiderschap)',
);

function doc001(
  code: string,
  lines: string,
  statement: Label,
  figures: EvidenceFigure[],
  categories: string[],
): EvidenceCard {
  return {
    id: `001-${code}`,
    statement,
    figures,
    kind: 'quantitative',
    population: { ...FORMER_ANIOS },
    n: 269,
    source: { document: '001', title: TITLES['001'], location: `${code}, ${lines}` },
    categories,
    careerPhases: ['anios'],
  };
}

function percent(value: number, nl: string, en: string): EvidenceFigure {
  return { value, unit: 'percent', label: label(nl, en) };
}

const document001Cards: EvidenceCard[] = [
  doc001(
    'A01',
    'L28–29',
    label(
      'Bij ongeveer een derde van de (voormalig) anios is de werk-privébalans niet op orde.',
      'For about one third of (former) anios, work–life balance is not in order.',
    ),
    [],
    ['S4'],
  ),
  doc001(
    'A02',
    'L29–31',
    label(
      'Ongeveer 50% van de respondenten zegt dat de supervisor de werk-privébalans niet (met ' +
        'de anios) bewaakt.',
      'About 50% of respondents say the supervisor does not monitor the work–life balance ' +
        '(with the anios).',
    ),
    [
      percent(
        50,
        'ongeveer 50%: supervisor bewaakt de werk-privébalans niet',
        'about 50%: supervisor does not monitor work–life balance',
      ),
    ],
    ['S4'],
  ),
  doc001(
    'A03',
    'L35–37',
    label(
      '36% van de respondenten (van wie driekwart vrouw) wil graag parttime werken voor een ' +
        'goede werk-privébalans, terwijl vrijwel alle aniossen fulltime werken. De ' +
        'respondenten zijn huidige én voormalige anios.',
      '36% of respondents (three quarters of them women) would like to work part-time for a ' +
        'good work–life balance, while nearly all anios work full-time. The respondents are ' +
        'current and former anios.',
    ),
    [percent(36, 'wil graag parttime werken', 'would like to work part-time')],
    ['S4'],
  ),
  doc001(
    'A04',
    'L51–52',
    label(
      'Ruim een kwart van de ondervraagden ervaart de verantwoordelijkheid die bij het werk ' +
        'komt kijken als zwaar.',
      'Over a quarter of respondents experience the responsibility of their work as heavy.',
    ),
    [],
    ['S10'],
  ),
  doc001(
    'A05',
    'L54–56',
    label(
      'Ruim 70% van de ondervraagden heeft de mogelijkheid om een hoge werkdruk bespreekbaar ' +
        'te maken; volgens de auteurs vermoedelijk doordat de zwijgcultuur wordt doorbroken.',
      'Over 70% of respondents can raise a high workload; the authors say this presumably ' +
        'reflects the culture of silence being broken.',
    ),
    [percent(70, 'ruim 70%: kan hoge werkdruk bespreekbaar maken', 'over 70%: can raise a high workload')],
    ['S1', 'S6'],
  ),
  doc001(
    'A06',
    'L86–88',
    label(
      '50% van de respondenten vindt de administratie de belangrijkste oorzaak van de ervaren werkdruk.',
      '50% of respondents say administration is the main cause of perceived workload.',
    ),
    [
      percent(
        50,
        'administratie is de belangrijkste oorzaak van ervaren werkdruk',
        'administration is the main cause of perceived workload',
      ),
    ],
    ['S2'],
  ),
  doc001(
    'A07',
    'L157–159',
    label(
      'Meer dan de helft van de ondervraagden zegt dat efficiëntere samenwerking tot de ' +
        'grootste verbetering van de zorg kan leiden.',
      'More than half of respondents say more efficient collaboration could bring the ' +
        'greatest improvement in care.',
    ),
    [],
    ['E2'],
  ),
  doc001(
    'A08',
    'L202–203',
    label(
      'Slechts 24% had begeleiding bij het aansturen van (verpleegkundige) teams.',
      'Only 24% had guidance in leading (nursing) teams.',
    ),
    [
      percent(
        24,
        'had begeleiding bij aansturen van (verpleegkundige) teams',
        'had guidance in leading (nursing) teams',
      ),
    ],
    ['S5'],
  ),
  doc001(
    'A09',
    'L209–216',
    label(
      'Slechts 15% kreeg zelf begeleiding bij het superviseren van coassistenten; 63% wil ' +
        'gericht onderwijs over het begeleiden van coassistenten; 43% wil meer begeleiding ' +
        'van ouderejaars/supervisors daarbij.',
      'Only 15% were themselves guided in supervising coassistenten; 63% want targeted ' +
        'teaching on guiding coassistenten; 43% want more support from senior ' +
        'residents/supervisors in it.',
    ),
    [
      percent(
        15,
        'kreeg begeleiding bij superviseren van coassistenten',
        'were guided in supervising coassistenten',
      ),
      percent(
        63,
        'wil gericht onderwijs over coassistenten begeleiden',
        'want targeted teaching on guiding coassistenten',
      ),
      percent(
        43,
        'wil meer begeleiding van ouderejaars/supervisors hierbij',
        'want more support from senior residents/supervisors in it',
      ),
    ],
    ['S5'],
  ),
  doc001(
    'A10',
    'L245–249',
    label(
      'Slechts 25% zegt invloed te hebben op veranderprocessen binnen de eigen vakgroep; 41% ' +
        'krijgt de kans om veranderingen in de zorgkwaliteit door te voeren.',
      'Only 25% have influence on change processes in their own department (vakgroep); 41% ' +
        'get the chance to make changes to the quality of care.',
    ),
    [
      percent(
        25,
        'invloed op veranderprocessen in de eigen vakgroep',
        'influence on change processes in own department',
      ),
      percent(
        41,
        'kans om veranderingen in de zorgkwaliteit door te voeren',
        'chance to make changes to the quality of care',
      ),
    ],
    ['S7', 'E9'],
  ),
  doc001(
    'A11',
    'L266–269',
    label(
      'Daadwerkelijke betrokkenheid bij het opstellen van beleid van de vakgroep: 25%, ' +
        'tegenover 64% die daarbij betrokken wil zijn.',
      'Actual involvement in drafting departmental policy: 25%, against 64% who want to be involved.',
    ),
    [
      percent(
        25,
        'daadwerkelijk betrokken bij beleid van de vakgroep',
        'actually involved in departmental policy',
      ),
      percent(
        64,
        'wil betrokken zijn bij beleid van de vakgroep',
        'want to be involved in departmental policy',
      ),
    ],
    ['S7', 'E9'],
  ),
  doc001(
    'A12',
    'L274–276',
    label(
      'Bijna alle respondenten (96,4%) ervaren voldoende begeleiding rondom carrièrekeuzes en ' +
        'de toekomst.',
      'Nearly all respondents (96.4%) experience enough guidance on career choices and the future.',
    ),
    [
      percent(
        96.4,
        'voldoende begeleiding rond carrièrekeuzes en toekomst',
        'enough guidance on career choices and the future',
      ),
    ],
    ['S8'],
  ),
  {
    id: '001-A13',
    statement: label(
      'Gestructureerde feedback aan het einde van een werkweek tussen artsen en verpleging ' +
        "'hoeft maar twintig minuten per week te kosten'. Een bewering van de auteurs, geen " +
        'meting.',
      'Structured end-of-week feedback between doctors and nurses "need cost only twenty ' +
        'minutes a week". A claim by the authors, not a measurement.',
    ),
    figures: [],
    kind: 'qualitative',
    population: label(
      'anios en verpleging (bewering van de auteurs; geen respondenten)',
      'anios and nurses (the authors’ claim; no respondents)',
    ),
    n: null,
    source: { document: '001', title: TITLES['001'], location: 'A13, L167–170' },
    categories: ['S5', 'E2'],
    careerPhases: ['anios'],
  },
];

const document004Cards: EvidenceCard[] = [
  {
    id: '004-D01',
    statement: label(
      '22% van de Nederlandse zorgprofessionals rapporteerde burn-outklachten in 2022, ten ' +
        'opzichte van 12% in 2019.',
      '22% of Dutch healthcare professionals reported burnout complaints in 2022, against 12% in 2019.',
    ),
    figures: [
      percent(22, 'burn-outklachten in 2022', 'burnout complaints in 2022'),
      percent(12, 'burn-outklachten in 2019', 'burnout complaints in 2019'),
    ],
    kind: 'quantitative',
    population: label(
      'Nederlandse zorgprofessionals (VvAA Quickscan Bezieling 2019 en 2022)',
      'Dutch healthcare professionals (VvAA Quickscan Bezieling 2019 and 2022)',
    ),
    n: null,
    source: { document: '004', title: TITLES['004'], location: 'D01, L21; refs 2–3, L92–93' },
    categories: [],
    careerPhases: [],
  },
  {
    id: '004-D02',
    statement: label(
      'Van de geregistreerde burn-outs en werkgerelateerde psychische aandoeningen in de ' +
        'Nederlandse beroepsbevolking betreft ruim 20% zorgprofessionals; ter vergelijking: ' +
        'overheid 20%, industrie 11%, onderwijs 6%.',
      'Of the registered burnouts and work-related mental disorders in the Dutch working ' +
        'population, over 20% concern healthcare professionals; for comparison: government ' +
        '20%, industry 11%, education 6%.',
    ),
    figures: [
      percent(20, 'zorgprofessionals (ruim 20%)', 'healthcare professionals (over 20%)'),
      percent(20, 'overheid', 'government'),
      percent(11, 'industrie', 'industry'),
      percent(6, 'onderwijs', 'education'),
    ],
    kind: 'quantitative',
    population: label(
      'geregistreerde beroepsziekten in de Nederlandse beroepsbevolking (Beroepsziekten in ' +
        'cijfers 2022)',
      'registered occupational diseases in the Dutch working population (Beroepsziekten in ' +
        'cijfers 2022)',
    ),
    n: null,
    source: { document: '004', title: TITLES['004'], location: 'D02, L21; ref 4, L94' },
    categories: [],
    careerPhases: [],
  },
  {
    id: '004-D03',
    statement: label(
      '70% van de zorgprofessionals heeft weinig vertrouwen in het terugdringen van ' +
        'regeldruk die wordt veroorzaakt door verzekeraars en toezichthouders.',
      '70% of healthcare professionals have little confidence that regulatory burden from ' +
        'insurers and supervisors will be reduced.',
    ),
    figures: [
      percent(
        70,
        'weinig vertrouwen in terugdringen van regeldruk',
        'little confidence that regulatory burden will be reduced',
      ),
    ],
    kind: 'quantitative',
    population: label(
      'Nederlandse zorgprofessionals ((Ont)regel monitor 2020)',
      'Dutch healthcare professionals ((Ont)regel monitor 2020)',
    ),
    n: null,
    source: { document: '004', title: TITLES['004'], location: 'D03, L54; ref 11, L101' },
    categories: ['S2', 'S12'],
    careerPhases: [],
  },
  {
    id: '004-D04',
    statement: label(
      'Minder diensturen, gedeeltelijk beschermde slaaptijd tijdens nachtdiensten, kortere ' +
        'nachtdienstblokken of meer dagen rust na een dienstblok geven een kleine afname van ' +
        'burn-outklachten onder artsen.',
      'Fewer duty hours, partly protected sleep on night shifts, shorter night-shift blocks ' +
        'or more rest days after a block bring a small decrease in burnout complaints among ' +
        'doctors.',
    ),
    figures: [],
    kind: 'qualitative',
    population: label('artsen (reviews, refs 8–9)', 'doctors (reviews, refs 8–9)'),
    n: null,
    source: { document: '004', title: TITLES['004'], location: 'D04, L52 (refs 8–9)' },
    categories: ['S3'],
    careerPhases: [],
  },
  {
    id: '004-D05',
    statement: label(
      'Werk- of organisatorische interventies zijn effectiever dan individuele interventies.',
      'Work or organisational interventions are more effective than individual interventions.',
    ),
    figures: [],
    kind: 'qualitative',
    population: label(
      'zorgprofessionals (reviews, refs 8 en 14)',
      'healthcare professionals (reviews, refs 8 and 14)',
    ),
    n: null,
    source: { document: '004', title: TITLES['004'], location: 'D05, L60 (refs 8, 14)' },
    categories: [],
    careerPhases: [],
  },
];

const document003Cards: EvidenceCard[] = [
  {
    id: '003-B01',
    statement: label(
      'De WHO voorspelt door de vergrijzing 75% meer mensen met kanker tegen 2050.',
      'The WHO predicts 75% more people with cancer by 2050 because of ageing.',
    ),
    figures: [
      percent(
        75,
        'meer mensen met kanker tegen 2050 (WHO-prognose)',
        'more people with cancer by 2050 (WHO forecast)',
      ),
    ],
    kind: 'quantitative',
    population: label(
      'wereldwijde prognose van de WHO, geciteerd in een Vlaamse tekst; geen steekproef',
      'global WHO forecast, cited in a Flemish text; no sample',
    ),
    n: null,
    source: { document: '003', title: TITLES['003'], location: 'B01, L20' },
    categories: ['S12'],
    careerPhases: [],
  },
  {
    id: '003-B02',
    statement: label(
      'Met preventieve maatregelen kan de kans op een ziekenhuisinfectie met 30% verminderen ' +
        '(context: een ziekenhuis werd in 2022 veroordeeld omdat het de bewijslast niet kon ' +
        'leveren).',
      'Preventive measures can reduce the chance of a hospital infection by 30% (context: in ' +
        '2022 a hospital was convicted because it could not meet the burden of proof).',
    ),
    figures: [
      percent(
        30,
        'minder kans op ziekenhuisinfectie met preventieve maatregelen',
        'lower chance of hospital infection with preventive measures',
      ),
    ],
    kind: 'quantitative',
    population: label(
      'geen populatie: een bewering in een essay (Vlaamse tekst; casus uit 2022)',
      'no population: a claim in an essay (Flemish text; a 2022 case)',
    ),
    n: null,
    source: { document: '003', title: TITLES['003'], location: 'B02, L107–115' },
    categories: ['S2'],
    careerPhases: [],
  },
];

/** Every evidence card of survey-notes §2.2, §2.3 and §2.4. */
export const evidenceCards: EvidenceCard[] = [
  q01,
  ...surveyFindings.flatMap(surveyCards),
  ...openAnswerCards,
  ...focusGroupCards,
  ...document001Cards,
  ...document003Cards,
  ...document004Cards,
];
