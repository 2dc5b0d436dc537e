/**
 * Solution-canvas templates: a blank canvas and the six hackathon groups of thesis-notes §6.3
 * (thesis §4.3, L2286–2484). All six groups aimed at anios (L2288–2292).
 *
 * A template gives structure and questions, never the group's answers: suggested fields hold
 * names only (no quantities, no prices), and the group's own figures appear only inside a
 * prompt, as a question to check. The thesis did not classify the hackathon solutions by
 * level; the suggested levels are the notes' analyst readings (thesis-notes §5.3) or the
 * survey notes' mapping (survey-notes §5.6), for the group to confirm or change.
 */
import type { Label, SolutionFieldId, SolutionTemplate } from './types.ts';

const genericPrompts: Record<SolutionFieldId, Label> = {
  title: {
    nl: 'Wat is de naam of slogan van jullie oplossing?',
    en: 'What is the name or slogan of your solution?',
  },
  careerPhases: {
    nl: 'Voor welke loopbaanfase(s) is het bedoeld?',
    en: 'Which career phase(s) is it for?',
  },
  stressors: {
    nl: 'Welke stressoren uit jullie knelpuntenanalyse pakt het aan?',
    en: 'Which stressors from your problem analysis does it address?',
  },
  levels: {
    nl: 'Op welk niveau grijpt het in: individueel, organisatorisch, nationaal? Meer dan één mag.',
    en: 'At which level does it act: individual, organizational, national? More than one is fine.',
  },
  domain: {
    nl: 'Wat voor interventie is het: werkplek, zelfzorg, behandeling en herstel, of loopbaan?',
    en: 'What kind of intervention is it: workplace, self-care, treatment and recovery, or career?',
  },
  actors: {
    nl: 'Wie is aan zet? Wie moet iets doen, en wie betaalt?',
    en: 'Whose move is it? Who has to act, and who pays?',
  },
  what: {
    nl: 'Waaruit bestaat het? Noem de onderdelen.',
    en: 'What does it consist of? Name its components.',
  },
  how: {
    nl: 'Hoe voeren jullie het in: welke stappen, in welke tijdlijn?',
    en: 'How do you introduce it: which stages, on what timeline?',
  },
  costs: {
    nl: 'Wat kost het en is het haalbaar? Noem posten, aantallen en kosten per eenheid.',
    en: 'What does it cost, and is it feasible? List items, quantities and unit costs.',
  },
  risks: {
    nl: 'Wat kan er misgaan, en wie zou zich ertegen kunnen verzetten?',
    en: 'What could go wrong, and who might resist it?',
  },
  evidence: {
    nl: 'Welke feiten onderbouwen het? Sleep hier bewijskaarten heen.',
    en: 'Which facts support it? Drag evidence cards here.',
  },
  status: {
    nl: 'Is het een idee, een pilot, of al ergens ingevoerd?',
    en: 'Is it an idea, a pilot, or already implemented somewhere?',
  },
};

export const solutionTemplates: SolutionTemplate[] = [
  {
    id: 'blank',
    label: { nl: 'Leeg canvas', en: 'Blank canvas' },
    origin: null,
    prompts: genericPrompts,
    suggested: {},
  },
  {
    id: 'coaching-every-anios',
    label: {
      nl: 'Individuele begeleiding middels coaching',
      en: 'Individual guidance through coaching',
    },
    origin: {
      group: 'Group 1: Individuele begeleiding middels coaching',
      source: 'thesis-notes §6.3; thesis L2298–2314',
    },
    prompts: {
      ...genericPrompts,
      stressors: {
        nl: 'Welke stressoren pakt coaching aan? (de groep noemde als voornaamste stressor het gebrek aan persoonlijke begeleiding)',
        en: 'Which stressors does coaching address? (the group named the lack of personal guidance as the main stressor)',
      },
      what: {
        nl: 'Wat doet de coach als mentor en gids? Hoe komen professionele groei, carrièreambities en welzijn aan bod?',
        en: 'What does the coach do as mentor and guide? How are professional growth, career ambitions and well-being covered?',
      },
      how: {
        nl: 'Hoe krijgt elke anios in het ziekenhuis toegang tot een coach: hoe verwezen, hoe vaak, vanaf wanneer?',
        en: 'How does every anios in the hospital get access to a coach: how referred, how often, from when?',
      },
      costs: {
        nl: 'Hoeveel coaches zijn er nodig, tegen welke jaarkosten per coach? (de hackathongroep rekende met ongeveer €70.000 per coach voor ongeveer 50 anios)',
        en: 'How many coaches, at what yearly cost each? (the hackathon group reckoned about €70,000 per coach for about 50 anios)',
      },
      risks: {
        nl: 'Wat als anios de coach niet gebruiken? (experts in de thesis merken op dat specialisten zich vaak tegen coaching verzetten)',
        en: 'What if anios do not use the coach? (experts in the thesis note that specialists tend to resist coaching)',
      },
      evidence: {
        nl: "Welke feiten onderbouwen coaching? (bijv. coachingsprogramma's in 'Zorgen voor de Zorg')",
        en: "Which facts support coaching? (e.g. coaching programmes in 'Zorgen voor de Zorg')",
      },
    },
    suggested: {
      levels: ['organizational', 'individual'],
      domain: 'selfcare',
      careerPhases: ['anios'],
      actors: ['hospital-board', 'team-department'],
      components: [
        { nl: 'Persoonlijke coach voor elke anios', en: 'A personal coach for every anios' },
        { nl: 'Mentor en gids', en: 'Mentor and guide' },
        { nl: 'Professionele groei', en: 'Professional growth' },
        { nl: 'Carrièreambities', en: 'Career ambitions' },
        { nl: 'Welzijn', en: 'Well-being' },
      ],
      costItems: [{ nl: 'Jaarsalaris coach', en: "Coach's yearly salary" }],
    },
  },
  {
    id: 'traineeship',
    label: { nl: 'Traineeship voor anios', en: 'Traineeship for anios' },
    origin: { group: 'Group 2: Traineeship', source: 'thesis-notes §6.3; thesis L2318–2340' },
    prompts: {
      ...genericPrompts,
      stressors: {
        nl: 'Welke stressoren pakt het traineeship aan? (de groep noemde een onzeker toekomstperspectief, een negatieve werksfeer, beperkte supervisie, hoge werkdruk en matige secundaire arbeidsvoorwaarden)',
        en: 'Which stressors does the traineeship address? (the group named uncertain prospects, a negative atmosphere, limited supervision, high workload and mediocre secondary conditions)',
      },
      what: {
        nl: 'Hoe biedt het traineeship flexibele werkuren, persoonlijke ontwikkeling, onderzoek en onderwijs, en een gezonde werk-privébalans?',
        en: 'How does the traineeship offer flexible hours, personal development, research and teaching, and a healthy work–life balance?',
      },
      how: {
        nl: 'Hoe lang duurt het traineeship, en hoe worden klinisch werk, onderzoek en onderwijs ingepland?',
        en: 'How long does the traineeship last, and how are clinical work, research and teaching scheduled?',
      },
      costs: {
        nl: 'Wat kost een traineeshipplek, en wie betaalt die?',
        en: 'What does a traineeship place cost, and who pays for it?',
      },
      risks: {
        nl: 'Wat verliest de afdeling aan productie, en hoe wordt dat opgevangen?',
        en: 'What does the department lose in production, and how is that absorbed?',
      },
      evidence: {
        nl: 'Welke feiten onderbouwen een traineeship of ontwikkeljaar? (bijv. hoeveel anios loopbaanondersteuning misten)',
        en: 'Which facts support a traineeship or development year? (e.g. how many anios missed career support)',
      },
    },
    suggested: {
      levels: ['organizational', 'individual'],
      domain: 'career',
      careerPhases: ['anios'],
      actors: ['hospital-board', 'team-department', 'faculty-training-institute'],
      components: [
        { nl: 'Flexibele werkuren', en: 'Flexible working hours' },
        { nl: 'Persoonlijke ontwikkeling', en: 'Personal development' },
        { nl: 'Onderzoek', en: 'Research' },
        { nl: 'Onderwijs', en: 'Teaching' },
        { nl: 'Gezonde werk-privébalans', en: 'Healthy work–life balance' },
      ],
    },
  },
  {
    id: 'work-hard-play-hard',
    label: { nl: 'Work hard, play hard', en: 'Work hard, play hard' },
    origin: {
      group: 'Group 3: Work hard, play hard',
      source: 'thesis-notes §6.3; thesis L2342–2380',
    },
    prompts: {
      ...genericPrompts,
      stressors: {
        nl: 'Welke stressoren pakt het aan? (de groep noemde hoge werkdruk, belastende diensten, veel verantwoordelijkheid, afdelingswerk met weinig patiëntencontact, inefficiënte samenwerking met verpleegkundigen en een supervisor op afstand)',
        en: 'Which stressors does it address? (the group named high workload, burdensome shifts, heavy responsibilities, ward work with little patient contact, inefficient collaboration with nurses and a distant supervisor)',
      },
      what: {
        nl: 'Hoe ziet het ideale dagprogramma eruit, met genoeg pauzes en taken die binnen werktijd af zijn? Wat doen jullie aan interieur, ontspanning en sfeer?',
        en: 'What does the ideal day programme look like, with enough breaks and tasks finished within working hours? What do you do for interior, relaxation and atmosphere?',
      },
      how: {
        nl: 'Waar komen de ontspannings- en sportruimte, met daglicht? Hoe starten het mentorsysteem en de aandacht voor complimenten?',
        en: 'Where do the relaxation and sports rooms go, with daylight? How do the mentor system and the attention to compliments start?',
      },
      costs: {
        nl: 'Wat kosten de ruimtes, hun inrichting en de tijd voor pauzes?',
        en: 'What do the rooms, their furnishing and the time for breaks cost?',
      },
      risks: {
        nl: 'Nemen mensen de pauzes echt en gebruiken ze de ruimtes als het druk is?',
        en: 'Will people really take the breaks and use the rooms when it is busy?',
      },
    },
    suggested: {
      levels: ['organizational'],
      domain: 'workplace',
      careerPhases: ['anios'],
      actors: ['hospital-board', 'team-department'],
      components: [
        { nl: 'Ideaal en efficiënt dagprogramma', en: 'Ideal, efficient day programme' },
        { nl: 'Voldoende pauzes', en: 'Enough breaks' },
        { nl: 'Teamgevoel', en: 'Team feeling' },
        { nl: 'Interieur', en: 'Interior' },
        { nl: 'Ontspanning', en: 'Relaxation' },
        { nl: 'Sfeer', en: 'Atmosphere' },
        { nl: 'Ontspanningsruimte met daglicht', en: 'Relaxation room with daylight' },
        { nl: 'Sportruimte met daglicht', en: 'Sports room with daylight' },
        { nl: 'Mentorsysteem', en: 'Mentor system' },
        { nl: 'Complimenten geven', en: 'Giving compliments' },
      ],
      costItems: [
        { nl: 'Ontspanningsruimte', en: 'Relaxation room' },
        { nl: 'Sportruimte', en: 'Sports room' },
      ],
    },
  },
  {
    id: 'veilige-basisarts',
    label: { nl: 'Raamplan "Veilige Basis(arts)"', en: 'National framework "Veilige Basis(arts)"' },
    origin: {
      group: 'Group 4: Richtlijn opstellen over het werk als anios',
      source: 'thesis-notes §6.3; thesis L2382–2407',
    },
    prompts: {
      ...genericPrompts,
      stressors: {
        nl: 'Welke stressoren pakt het raamplan aan? (de groep noemde gebrek aan individualiteit in het werk, onvoldoende supervisie, een ongelijke werk-privébalans, geen toekomstperspectief en een hoge administratieve last)',
        en: 'Which stressors does the framework address? (the group named a lack of individuality in the work, insufficient supervision, an unequal work–life balance, no future prospects and a high administrative burden)',
      },
      what: {
        nl: 'Wat moet een landelijk raamplan voor anios vastleggen, en welke wettelijke kaders zijn nodig?',
        en: 'What should a national framework plan for anios lay down, and which legal frameworks are needed?',
      },
      how: {
        nl: 'Hoe lang duurt het inwerktraject, en hoe volgt het ontwikkelings- en coachingtraject? (de groep stelde een inwerktraject van minimaal drie maanden voor)',
        en: 'How long is the induction, and how does the development and coaching programme follow it? (the group proposed an induction of at least three months)',
      },
      actors: {
        nl: 'Wie schrijft en beheert een landelijk document, en wie ziet toe op de invoering in ziekenhuizen?',
        en: 'Who writes and owns a national document, and who oversees its introduction in hospitals?',
      },
      costs: {
        nl: 'Wat kosten het inwerktraject en het coachingtraject per anios, en wie betaalt?',
        en: 'What do the induction and the coaching programme cost per anios, and who pays?',
      },
      risks: {
        nl: 'Hoe voorkom je dat een landelijk kader vooral extra papierwerk wordt?',
        en: 'How do you keep a national framework from becoming mostly extra paperwork?',
      },
    },
    suggested: {
      // National by its wording ("landelijk document", "wettelijke kaders"); the induction
      // itself runs in the hospital, hence organizational too.
      levels: ['national', 'organizational'],
      domain: 'career',
      careerPhases: ['anios'],
      actors: ['ministry-vws', 'fms', 'professional-association', 'hospital-board'],
      components: [
        { nl: 'Landelijk raamplan', en: 'National framework plan' },
        { nl: 'Wettelijke kaders voor anios', en: 'Legal frameworks for anios' },
      ],
      stages: [
        { nl: 'Inwerktraject', en: 'Induction programme' },
        { nl: 'Ontwikkelings- en coachingtraject', en: 'Development and coaching programme' },
      ],
      costItems: [
        { nl: 'Inwerktraject', en: 'Induction programme' },
        { nl: 'Ontwikkelings- en coachingtraject', en: 'Development and coaching programme' },
      ],
    },
  },
  {
    id: 'six-hour-working-day',
    label: { nl: 'De werkdag van 6 uur', en: 'The 6-hour working day' },
    origin: {
      group: 'Group 5: de werkdag van 6 uur',
      source: 'thesis-notes §6.3; thesis L2411–2434',
    },
    prompts: {
      ...genericPrompts,
      stressors: {
        nl: 'Welke stressoren pakt het aan? (de groep noemde een groeiende disbalans tussen werk en privé, weinig perspectief op verdere opleiding en een hiërarchische structuur met weinig flexibiliteit)',
        en: 'Which stressors does it address? (the group named a growing work–life imbalance, few prospects for further training and a hierarchical structure with little flexibility)',
      },
      what: {
        nl: 'Hoe lang is de werkdag, en hoeveel diensten per dag? (de groep ging van 8 naar 6 uur en van drie naar vier diensten)',
        en: 'How long is the working day, and how many shifts per day? (the group went from 8 to 6 hours and from three shifts to four)',
      },
      how: {
        nl: 'Hoe voer je het nieuwe rooster in? Wat neem je over van het voorbeeld waardoor de groep zich liet inspireren (een Zweeds model)?',
        en: 'How do you introduce the new roster? What do you take from the example that inspired the group (a Swedish model)?',
      },
      costs: {
        nl: 'Wat zijn de financiële gevolgen, de capaciteit en de efficiëntie? (de groep rekende dit door en vond het plan haalbaar; de bedragen staan niet in de thesis)',
        en: 'What are the financial consequences, the capacity and the efficiency? (the group calculated these and judged the plan feasible; its figures are not in the thesis)',
      },
      risks: {
        nl: 'Wat gebeurt er met overdrachten, continuïteit van zorg en leermomenten bij kortere diensten?',
        en: 'What happens to handovers, continuity of care and learning opportunities with shorter shifts?',
      },
      evidence: {
        nl: 'Geen bron stelt een werkdag van 6 uur voor: welke feiten ondersteunen of weerspreken het? (bijv. gewerkte tegenover gewenste uren, arbeidstijdregels en leren)',
        en: 'No source proposes a 6-hour day: which facts support or contradict it? (e.g. hours worked against hours preferred, working-time rules and learning)',
      },
    },
    suggested: {
      // Rostering is the employer's (thesis-notes §5.3, analyst); survey-notes §5.6 adds the
      // national level for labour rules.
      levels: ['organizational', 'national'],
      domain: 'workplace',
      careerPhases: ['anios'],
      actors: ['hospital-board', 'team-department'],
      components: [
        { nl: 'Kortere standaardwerkdag', en: 'Shorter standard working day' },
        { nl: 'Dienstrooster met een extra dienst per dag', en: 'Roster with an extra shift per day' },
      ],
      costItems: [
        { nl: 'Extra personele capaciteit', en: 'Extra staff capacity' },
        { nl: 'Salariskosten', en: 'Salary costs' },
      ],
    },
  },
  {
    id: 'mandatory-traineeship-career-coach',
    label: {
      nl: 'Verplicht traineeship met loopbaancoach',
      en: 'Mandatory traineeship with career coach',
    },
    origin: { group: 'Group 6: Traineeship', source: 'thesis-notes §6.3; thesis L2438–2469' },
    prompts: {
      ...genericPrompts,
      stressors: {
        nl: 'Welke stressoren pakt het aan? (de groep noemde overwerken als norm, te weinig aandacht voor fysieke en mentale gezondheid, beperkingen door kinderopvang en hypotheek, en een jaar vastzitten aan één baan)',
        en: 'Which stressors does it address? (the group named overtime as the norm, too little attention to physical and mental health, limits from childcare and mortgages, and being stuck in one job for a year)',
      },
      what: {
        nl: 'Wat biedt het traineeship aan verdieping en flexibiliteit, en wat komt er in het individuele plan (vakinhoudelijke en persoonlijke ontwikkeling)?',
        en: 'What does the traineeship offer in depth and flexibility, and what goes into the individual plan (clinical and personal development)?',
      },
      how: {
        nl: 'Hoe wordt een traineeship verplicht voor elk ziekenhuis, en wanneer stelt de loopbaancoach het plan op?',
        en: 'How is a traineeship made mandatory for every hospital, and when does the career coach draw up the plan?',
      },
      actors: {
        nl: 'Wie kan een traineeship voor elk ziekenhuis verplicht stellen?',
        en: 'Who can make a traineeship mandatory for every hospital?',
      },
      costs: {
        nl: 'Wat kosten een loopbaancoach en een traineeshipplek per anios, en wie betaalt?',
        en: 'What do a career coach and a traineeship place per anios cost, and who pays?',
      },
      risks: {
        nl: 'Wat gebeurt er in ziekenhuizen die geen traineeship kunnen aanbieden?',
        en: 'What happens in hospitals that cannot offer a traineeship?',
      },
    },
    suggested: {
      // Traineeships are organizational in the thesis (L3705–3710); making them mandatory for
      // every hospital implies a national rule (analyst, thesis-notes §5.3).
      levels: ['national', 'organizational'],
      domain: 'career',
      careerPhases: ['anios'],
      actors: ['ministry-vws', 'hospital-board', 'faculty-training-institute'],
      components: [
        { nl: 'Verplicht traineeship in elk ziekenhuis', en: 'Mandatory traineeship in every hospital' },
        { nl: 'Loopbaancoach', en: 'Career coach' },
        { nl: 'Individueel plan', en: 'Individual plan' },
        { nl: 'Vakinhoudelijke ontwikkeling', en: 'Clinical development' },
        { nl: 'Persoonlijke ontwikkeling', en: 'Personal development' },
        { nl: 'Verdieping en flexibiliteit', en: 'Depth and flexibility' },
      ],
      costItems: [
        { nl: 'Loopbaancoach', en: 'Career coach' },
        { nl: 'Traineeshipplek', en: 'Traineeship place' },
      ],
    },
  },
];
