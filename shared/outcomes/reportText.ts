/**
 * The words of the reports (Markdown and PDF), in both languages. Reports are made on the
 * server, so they cannot use the client's message catalog; the shape is checked by the
 * type: a key missing in one language does not compile.
 */
export const reportLanguages = ['nl', 'en'] as const;
export type ReportLanguage = (typeof reportLanguages)[number];

export function isReportLanguage(value: unknown): value is ReportLanguage {
  return value === 'nl' || value === 'en';
}

interface Totals {
  groups: number;
  cards: number;
  stressors: number;
  energySources: number;
  solutions: number;
}

interface ReportText {
  eventReport: string;
  groupReport: (group: string) => string;
  exportedAt: (when: string) => string;
  totals: (totals: Totals) => string;
  mentionsNote: string;
  stillRunning: string;
  brief: string;
  analysis: string;
  polarity: { stressor: string; energy: string };
  cardHeader: string[];
  noCards: string;
  noSolutions: string;
  solution: (title: string) => string;
  untitled: string;
  fields: {
    careerPhases: string;
    levels: string;
    domain: string;
    actors: string;
    stressors: string;
    status: string;
    votes: string;
    what: string;
    how: string;
    risks: string;
    costs: string;
    evidence: string;
  };
  status: Record<string, string>;
  costHeader: string[];
  total: (period: 'year' | 'once') => string;
  perPerson: (people: string) => string;
  synthesis: string;
  matrix: string;
  matrixNote: string;
  levelTheme: string;
  interventions: string;
  interventionHeader: string[];
  grid: string;
  gridNote: string;
  overall: string;
  phase: string;
  needContext: string;
  counts: string;
  axis: { stressorCode: string; energyCode: string };
  noMentions: string;
  countLine: (label: string, mentions: number, groups: number, solutions: number | null) => string;
  evidence: string;
  noEvidence: string;
  evidenceUse: (cards: number, solutions: number, groups: number) => string;
  mentions: string;
  page: string;
  of: string;
}

export const reportText: Record<ReportLanguage, ReportText> = {
  nl: {
    eventReport: 'Opbrengsten van alle groepen',
    groupReport: (group) => `Opbrengsten van ${group}`,
    exportedAt: (when) => `Geëxporteerd op ${when}`,
    totals: (t) =>
      `${t.groups} groepen · ${t.stressors} stressoren en ${t.energySources} energiebronnen op kaarten · ${t.solutions} oplossingen`,
    mentionsNote:
      'Alle aantallen zijn vermeldingen (kaarten), geen personen: n = aantal kaarten dat een factor noemt. Kaarten die als gevoelig zijn gemarkeerd staan niet in deze export.',
    stillRunning: 'Het evenement loopt nog: dit is een tussenstand.',
    brief: 'Opdracht',
    analysis: 'Knelpuntenanalyse',
    polarity: { stressor: 'Stressoren', energy: 'Energiebronnen' },
    cardHeader: ['Kaart', 'Code (thema › subthema › factor)', 'Behoefte', 'Context', 'Loopbaanfase'],
    noCards: 'Deze groep heeft (nog) geen kaarten.',
    noSolutions: 'Deze groep heeft (nog) geen oplossing.',
    solution: (title) => (title ? `Oplossing: ${title}` : 'Oplossing'),
    untitled: '(zonder titel)',
    fields: {
      careerPhases: 'Loopbaanfase(n)',
      levels: 'Interventieniveau',
      domain: 'Domein',
      actors: 'Actoren',
      stressors: 'Aangepakte stressoren',
      status: 'Status',
      votes: 'Stippen (stemmen)',
      what: 'Wat',
      how: 'Hoe',
      risks: 'Risico’s',
      costs: 'Kosten en haalbaarheid',
      evidence: 'Onderbouwing',
    },
    status: { idea: 'idee', pilot: 'pilot', implemented: 'ingevoerd' },
    costHeader: ['Post', 'Aantal', 'Prijs per stuk', 'Totaal'],
    total: (period) => (period === 'year' ? 'Totaal per jaar' : 'Totaal (eenmalig)'),
    perPerson: (people) => `Per persoon (${people} personen)`,
    synthesis: 'Synthese over alle groepen',
    matrix: 'Interventieniveau × stressorthema',
    matrixNote:
      'Elke cel noemt de oplossingen (nummers uit de interventielijst) die op dat niveau dat thema aanpakken; — is een lege cel.',
    levelTheme: 'Thema \\ niveau',
    interventions: 'Interventies per niveau',
    interventionHeader: ['#', 'Interventie', 'Groep', 'Niveau', 'Actoren', 'Aangepakte stressoren'],
    grid: 'Behoefte × context',
    gridNote: 'Per cel: stressoren / energiebronnen (aantal kaarten).',
    overall: 'Alle loopbaanfasen',
    phase: 'Loopbaanfase',
    needContext: 'Behoefte \\ context',
    counts: 'Aantallen per thema, subthema en factor',
    axis: { stressorCode: 'Stressoren', energyCode: 'Energiebronnen' },
    noMentions: 'Geen gecodeerde kaarten.',
    countLine: (label, mentions, groups, solutions) =>
      `${label}: n = ${mentions} (${groups} ${groups === 1 ? 'groep' : 'groepen'}${
        solutions ? `; ${solutions} ${solutions === 1 ? 'oplossing' : 'oplossingen'}` : ''
      })`,
    evidence: 'Gebruikte onderbouwing',
    noEvidence: 'Geen onderbouwingskaarten gebruikt.',
    evidenceUse: (cards, solutions, groups) =>
      `bij ${cards} ${cards === 1 ? 'kaart' : 'kaarten'} en ${solutions} ${solutions === 1 ? 'oplossing' : 'oplossingen'}, ${groups} ${groups === 1 ? 'groep' : 'groepen'}`,
    mentions: 'vermeldingen',
    page: 'Pagina',
    of: 'van',
  },
  en: {
    eventReport: 'Outcomes of all groups',
    groupReport: (group) => `Outcomes of ${group}`,
    exportedAt: (when) => `Exported on ${when}`,
    totals: (t) =>
      `${t.groups} groups · ${t.stressors} stressors and ${t.energySources} energy sources on cards · ${t.solutions} solutions`,
    mentionsNote:
      'Every count is mentions (cards), not people: n = the number of cards naming a factor. Cards marked sensitive are not in this export.',
    stillRunning: 'The event is still running: this is an interim report.',
    brief: 'Brief',
    analysis: 'Problem analysis',
    polarity: { stressor: 'Stressors', energy: 'Energy sources' },
    cardHeader: ['Card', 'Code (theme › subtheme › factor)', 'Need', 'Context', 'Career phase'],
    noCards: 'This group has no cards (yet).',
    noSolutions: 'This group has no solution (yet).',
    solution: (title) => (title ? `Solution: ${title}` : 'Solution'),
    untitled: '(untitled)',
    fields: {
      careerPhases: 'Career phase(s)',
      levels: 'Intervention level',
      domain: 'Domain',
      actors: 'Actors',
      stressors: 'Stressors addressed',
      status: 'Status',
      votes: 'Dots (votes)',
      what: 'What',
      how: 'How',
      risks: 'Risks',
      costs: 'Costs and feasibility',
      evidence: 'Evidence',
    },
    status: { idea: 'idea', pilot: 'pilot', implemented: 'implemented' },
    costHeader: ['Item', 'Quantity', 'Unit cost', 'Total'],
    total: (period) => (period === 'year' ? 'Total per year' : 'Total (once)'),
    perPerson: (people) => `Per person (${people} people)`,
    synthesis: 'Synthesis across groups',
    matrix: 'Intervention level × stressor theme',
    matrixNote:
      'Each cell names the solutions (numbers from the intervention list) that address that theme at that level; — is an empty cell.',
    levelTheme: 'Theme \\ level',
    interventions: 'Interventions by level',
    interventionHeader: ['#', 'Intervention', 'Group', 'Level', 'Actors', 'Stressors addressed'],
    grid: 'Need × context',
    gridNote: 'Per cell: stressors / energy sources (number of cards).',
    overall: 'All career phases',
    phase: 'Career phase',
    needContext: 'Need \\ context',
    counts: 'Counts per theme, subtheme and factor',
    axis: { stressorCode: 'Stressors', energyCode: 'Energy sources' },
    noMentions: 'No coded cards.',
    countLine: (label, mentions, groups, solutions) =>
      `${label}: n = ${mentions} (${groups} ${groups === 1 ? 'group' : 'groups'}${
        solutions ? `; ${solutions} ${solutions === 1 ? 'solution' : 'solutions'}` : ''
      })`,
    evidence: 'Evidence used',
    noEvidence: 'No evidence cards used.',
    evidenceUse: (cards, solutions, groups) =>
      `on ${cards} ${cards === 1 ? 'card' : 'cards'} and ${solutions} ${solutions === 1 ? 'solution' : 'solutions'}, ${groups} ${groups === 1 ? 'group' : 'groups'}`,
    mentions: 'mentions',
    page: 'Page',
    of: 'of',
  },
};
