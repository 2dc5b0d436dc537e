/**
 * The fixed tag axes every card and solution can carry (DOMAIN.md, "Tag axes").
 * Definitions follow the thesis (thesis-notes.md §2, §4.1, §5.1) and the survey notes
 * (survey-notes.md §4.1–4.2); the `source` of each value is the citation given there
 * ("thesis L…" = line of sources/000, "004:L…" = line of sources/004).
 */
import type {
  AxisValue,
  CareerPhaseId,
  ContextId,
  InterventionDomainId,
  InterventionLevelId,
  NeedId,
  PolarityId,
} from './types.ts';

// The thesis borrows both definitions from the JD-R model and stresses that one factor can
// be an energy source when present and a stressor when absent, so cards may switch polarity.
export const polarities: AxisValue<PolarityId>[] = [
  {
    id: 'stressor',
    label: { nl: 'Stressor', en: 'Stressor' },
    definition: {
      nl: 'Aspect van het werk dat voortdurende inspanning vereist en potentieel stressvol is, zoals hoge werkdruk of conflicten.',
      en: 'An aspect of work that needs sustained effort and may be stressful, such as high workload or conflicts.',
    },
    source: 'thesis L913–923 (JD-R); polarity can switch, L4084–4088',
  },
  {
    id: 'energy',
    label: { nl: 'Energiebron', en: 'Energy source' },
    definition: {
      nl: 'Aspect dat helpt werkdoelen te bereiken, werkeisen te verlichten en persoonlijke groei te stimuleren, zoals feedback, autonomie en sociale steun.',
      en: 'An aspect that helps reach work goals, eases job demands and stimulates personal growth, such as feedback, autonomy and social support.',
    },
    source: 'thesis L913–923 (JD-R); polarity can switch, L4084–4088',
  },
];

// Physical stays although no focus-group factor landed there: the thesis asks not to lose
// sight of it (L4164–4166), and one hackathon group worked on it.
export const contexts: AxisValue<ContextId>[] = [
  {
    id: 'physical',
    label: { nl: 'Fysiek', en: 'Physical' },
    definition: { nl: 'De ruimte en het gebouw.', en: 'The space and the building.' },
    source: 'thesis L625 (after Schaufeli et al. 2001, L617–623)',
  },
  {
    id: 'social',
    label: { nl: 'Sociaal', en: 'Social' },
    definition: {
      nl: 'Omvat de bedrijfscultuur en het leiderschap.',
      en: 'Company culture and leadership.',
    },
    source: 'thesis L627 (after Schaufeli et al. 2001, L617–623)',
  },
  {
    id: 'organizational',
    label: { nl: 'Organisatorisch', en: 'Organizational' },
    definition: {
      nl: 'De beleidslijn van de organisatie en de werkprocessen.',
      en: "The organization's policy and its work processes.",
    },
    source: 'thesis L629 (after Schaufeli et al. 2001, L617–623)',
  },
];

export const needs: AxisValue<NeedId>[] = [
  {
    id: 'autonomy',
    label: { nl: 'Autonomie', en: 'Autonomy' },
    definition: {
      nl: 'Controle en vrijheid bij beslissingen over patiëntenzorg, en regie over de eigen professionele aanpak.',
      en: "Control and freedom in decisions about patient care, and direction over one's own professional approach.",
    },
    source: 'thesis L594–596',
  },
  {
    id: 'competence',
    label: { nl: 'Competentie', en: 'Competence' },
    definition: {
      nl: 'Het gevoel bekwaam en effectief te zijn in het werk en voldoende uitgedaagd te worden.',
      en: 'Feeling capable and effective in the work, and sufficiently challenged.',
    },
    source: 'thesis L598–600',
  },
  {
    id: 'relatedness',
    label: { nl: 'Verbondenheid', en: 'Relatedness' },
    definition: {
      nl: "Goede relaties opbouwen met collega's en patiënten, waarbij ook het gevoel van waardering een rol speelt.",
      en: 'Building good relationships with colleagues and patients, in which feeling appreciated also plays a part.',
    },
    source: 'thesis L602–604',
  },
];

// The thesis studies anios and aios as one group of residents (arts-assistenten) because the
// hospital treats them as one, e.g. on rosters; the board keeps them apart so that the
// anios-only hackathon results can be filtered, and a "residents" view is both together.
export const careerPhases: AxisValue<CareerPhaseId>[] = [
  {
    id: 'intern',
    label: { nl: 'Coassistent', en: 'Intern' },
    definition: {
      nl: 'Geneeskundestudent die in de laatste twee jaar van de studie alleen nog stages loopt op verschillende afdelingen (22–27 jaar).',
      en: 'Medical student who, in the last two years of the degree, only does clinical rotations on different wards (age 22–27).',
    },
    source: "thesis L817–819 (the summary at L798 calls this phase 'geneeskundestudenten')",
  },
  {
    id: 'anios',
    label: { nl: 'Anios', en: 'Resident not in training (anios)' },
    definition: {
      nl: 'Basisarts, meestal net afgestudeerd, die klinische ervaring opdoet en is aangenomen voor de productie (25–32 jaar); in de thesis met aios samen arts-assistent.',
      en: 'Basic doctor, usually just graduated, gaining clinical experience and hired for production (age 25–32); a resident together with aios in the thesis.',
    },
    source: 'thesis L821–837; anios and aios studied together as residents, L847–851',
  },
  {
    id: 'aios',
    label: { nl: 'Aios', en: 'Resident in training (aios)' },
    definition: {
      nl: 'Arts in de vervolgopleiding tot medisch specialist van 5 of 6 jaar, betaald door de overheid en er om te leren (30–38 jaar); in de thesis met anios samen arts-assistent.',
      en: 'Doctor in the 5–6-year specialist training, paid by the government and there to learn (age 30–38); a resident together with anios in the thesis.',
    },
    source: 'thesis L839–845; anios and aios studied together as residents, L847–851',
  },
  {
    id: 'junior-specialist',
    label: { nl: 'Jonge klare', en: 'Junior specialist' },
    definition: {
      nl: 'Medisch specialist die minder dan 5 jaar geleden de opleiding afrondde, vaak met een tijdelijk contract en weinig betrokken bij de organisatie (36–43 jaar).',
      en: 'Specialist who finished training less than 5 years ago, often on a temporary contract and rarely involved in the organization (age 36–43).',
    },
    source: 'thesis L853–863',
  },
  {
    id: 'senior-specialist',
    label: { nl: 'Senior medisch specialist', en: 'Senior specialist' },
    definition: {
      nl: 'Medisch specialist met een vaste plek die alle eerdere posities heeft gehad; perifeer meestal vrijgevestigd, academisch meestal in loondienst (40 jaar tot pensioen).',
      en: 'Specialist with a permanent post who has held all earlier positions; mostly self-employed in peripheral hospitals, salaried in academic centres (age 40 to retirement).',
    },
    source: 'thesis L865–871',
  },
];

// "Not yet assigned" is the absence of a level, not a fourth value: the thesis assigned
// levels only after the sessions (L2116–2118).
export const interventionLevels: AxisValue<InterventionLevelId>[] = [
  {
    id: 'individual',
    label: { nl: 'Individueel niveau (micro)', en: 'Individual level (micro)' },
    definition: {
      nl: 'Interventies die direct van toepassing zijn op de individuele medisch specialist (microniveau).',
      en: 'Interventions that apply directly to individual specialists (micro level).',
    },
    source: "thesis L408–410; 004:L30 'microniveau (zorgprofessionals)', 004:L72",
  },
  {
    id: 'organizational',
    label: { nl: 'Organisatorisch niveau (meso)', en: 'Organizational level (meso)' },
    definition: {
      nl: 'Oplossingen voor de ziekenhuizen of de afdelingen (mesoniveau).',
      en: 'Solutions for hospitals or departments (meso level).',
    },
    source: "thesis L412–414; 004:L30 'mesoniveau (zorgorganisaties)', 004:L72",
  },
  {
    id: 'national',
    label: { nl: 'Nationaal niveau (macro)', en: 'National level (macro)' },
    definition: {
      nl: 'Overkoepelende instanties zoals beroepsverenigingen, de FMS of de overheid, en externe partijen zoals verzekeraars (macroniveau).',
      en: 'Umbrella bodies such as professional associations, the FMS or the government, and external parties such as insurers (macro level).',
    },
    source:
      "thesis L416–418; 004:L30 'macroniveau (externe partijen, zoals overheid en verzekeraars)', 004:L80",
  },
];

// 'career' is not one of the three domains of 'Zorgen voor de Zorg' (004); survey-notes §4.2
// proposes it because traineeships, career guidance and voice fit none of them. Its label says
// so, so that the 004 taxonomy stays faithful.
export const interventionDomains: AxisValue<InterventionDomainId>[] = [
  {
    id: 'workplace',
    label: { nl: 'Werkplekmanagement', en: 'Workplace management' },
    definition: {
      nl: 'Werkdruk en administratieve lasten, roosters en diensten, herverdeling van taken, collegiale steun en teamcommunicatie.',
      en: 'Workload and administrative burden, schedules and shifts, task redistribution, peer support and team communication.',
    },
    source: "004:L50-56 ('Zorgen voor de Zorg'; domains named at 004:L17, L48); survey-notes §4.2",
  },
  {
    id: 'selfcare',
    label: { nl: 'Zelfzorg', en: 'Self-care' },
    definition: {
      nl: 'Individuele vaardigheden in zelfzorg, coping en mindfulness, en coaching.',
      en: 'Individual skills in self-care, coping and mindfulness, and coaching.',
    },
    source: "004:L58-60 ('Zorgen voor de Zorg'); survey-notes §4.2",
  },
  {
    id: 'treatment',
    label: { nl: 'Behandeling en herstel', en: 'Treatment and recovery' },
    definition: {
      nl: 'Preventief medisch onderzoek, bedrijfsarts, actief aangeboden coaching of behandeling, stigma verminderen en gespecialiseerde ggz.',
      en: 'Preventive medical examination, occupational physician, actively offered coaching or treatment, reducing stigma, specialised mental-health care.',
    },
    source: "004:L62-68 ('Zorgen voor de Zorg'); survey-notes §4.2",
  },
  {
    id: 'career',
    label: {
      nl: 'Loopbaan, opleiding en inspraak (uitbreiding)',
      en: 'Career, training and voice (extension)',
    },
    definition: {
      nl: "Uitbreiding, niet uit 'Zorgen voor de Zorg': loopbaanondersteuning en -informatie, opleidingsplekken, traineeship of ontwikkeljaar, betrokkenheid bij beleid.",
      en: "Extension, not from 'Zorgen voor de Zorg': career support and information, training posts, traineeship or development year, involvement in policy.",
    },
    source:
      'survey-notes §4.2 (proposed extension, not in 004; gap examples 002:L3166-3167, 001:L259-265, 003:L166-168)',
    extension: true,
  },
];

// "Wie is aan zet?" (whose move is it?): the thesis answers with shared responsibility across
// these parties (L3762–3779); 004 gives each level its own responsibilities (004:L80).
export const actors: AxisValue[] = [
  {
    id: 'specialist',
    label: { nl: 'Medisch specialist', en: 'Specialist' },
    definition: {
      nl: "De individuele arts of medisch specialist, die risico's bij zichzelf en collega's signaleert en medeverantwoordelijk is voor het systeem.",
      en: 'The individual doctor or specialist, who spots risks in themselves and colleagues and shares responsibility for the system.',
    },
    source: 'thesis L4482 (individual level), L3773–3777; 004:L80',
  },
  {
    id: 'team-department',
    label: { nl: 'Team/afdeling', en: 'Team/department' },
    definition: {
      nl: 'Het team, de afdeling of vakgroep met supervisor of opleider, waar het werk georganiseerd wordt.',
      en: 'The team, department or specialty group (vakgroep), with its supervisor or trainer, where the work is organized.',
    },
    source: 'thesis L412–414 (departments); survey-notes §4.1, §5.1 (001:L179-185)',
  },
  {
    id: 'hospital-board',
    label: { nl: 'Raad van bestuur', en: 'Hospital board' },
    definition: {
      nl: 'Ziekenhuisbestuur en bestuurders, die als werkgever gezonde werkomstandigheden creëren.',
      en: 'Hospital boards and executives (bestuurders), who as employer create healthy working conditions.',
    },
    source: 'thesis L4482–4484; 004:L80',
  },
  {
    id: 'professional-association',
    label: { nl: 'Beroepsvereniging', en: 'Professional association' },
    definition: {
      nl: 'Beroepsvereniging van een specialisme: een overkoepelende instantie die professionals met beleid ondersteunt.',
      en: 'The professional association of a specialty: an umbrella body that supports professionals through policy.',
    },
    source: 'thesis L416–418, L3773–3777; 004:L80',
  },
  {
    id: 'fms',
    label: {
      nl: 'FMS (Federatie Medisch Specialisten)',
      en: 'FMS (Federation of Medical Specialists)',
    },
    definition: {
      nl: "Landelijke koepel van medisch specialisten, met onder meer het visiedocument 'Medisch Specialist 2035'.",
      en: "The national umbrella body of medical specialists, author of e.g. the vision document 'Medisch Specialist 2035'.",
    },
    source: 'thesis L271–273, L416–418, L4656',
  },
  {
    id: 'ministry-vws',
    label: { nl: 'Ministerie van VWS', en: 'Ministry of Health (VWS)' },
    definition: {
      nl: 'Ministerie van Volksgezondheid, Welzijn en Sport: stelt kaders en faciliteert een landelijke beweging.',
      en: 'The Ministry of Health, Welfare and Sport: sets frameworks and acts as facilitator of a national movement.',
    },
    source: 'thesis L3296–3357; 004:L80',
  },
  {
    id: 'insurers',
    label: { nl: 'Zorgverzekeraars', en: 'Health insurers' },
    definition: {
      nl: 'Zorgverzekeraars, medeverantwoordelijk via contracten, regeldruk en passende financiële waardering.',
      en: 'Health insurers, co-responsible through contracts, regulatory burden and fair financial reward.',
    },
    source: 'thesis L2514–2518, L3773–3777; 004:L54, L80',
  },
  {
    id: 'inspectorate-igj',
    label: { nl: 'Inspectie (IGJ)', en: 'Inspectorate (IGJ)' },
    definition: {
      nl: 'Inspectie Gezondheidszorg en Jeugd: toezichthouder die kaders stelt en mede de regeldruk bepaalt.',
      en: 'The Health and Youth Care Inspectorate: a supervisor that sets frameworks and shapes the regulatory burden.',
    },
    source: 'thesis L2514–2518, L3773–3777; 004:L54, L76, L80',
  },
  {
    id: 'faculty-training-institute',
    label: { nl: 'Faculteit/opleidingsinstituut', en: 'Faculty/training institute' },
    definition: {
      nl: 'Medische faculteiten en opleidingsinstanties (bijv. SBOH), tussen meso en macro in; een faculteit organiseert ook de hackathon.',
      en: 'Medical faculties and training bodies (e.g. SBOH), spanning meso and macro; a faculty also runs the hackathon.',
    },
    source: 'survey-notes §4.1 (model as an actor, not a level); thesis L1451–1455',
  },
];
