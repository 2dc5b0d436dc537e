/**
 * The default taxonomy: the thesis's focus-group code trees of energy sources (Appendix 5.1)
 * and stressors (Appendix 5.2), transcribed from thesis-notes.md §3.2–3.3.
 *
 * - Counts are the code-tree N, which counts mentions (footnote 3, L5607), not respondents.
 * - Context and need come from Tables 7 and 8 (L3458–3546) as the notes place them; they sit
 *   on the node the table row describes, and children inherit them.
 * - Where the thesis disagrees with itself (thesis-notes §3.9), the code-tree value is kept
 *   and the count carries the flag 'inconsistent' with the other value in its note.
 * - Phase links come from the §4.2 narrative and Table 9; the notes' matching of that text to
 *   code-tree items is the analyst's, so those links carry 'analyst'.
 * - Dutch labels follow the notes; the appendix itself spells "Secundaire arbeidswoordwaarde"
 *   and drops the diaeresis in "patienten" and "Werk-prive".
 */
import type { CareerPhaseId, CodeNode, SourceCount, TaxonomyPreset } from '../types.ts';

const RESIDENTS: CareerPhaseId[] = ['anios', 'aios'];

function energyTree(value: number, lines: string): SourceCount {
  return { value, unit: 'mentions', source: `Appendix 5.1, ${lines}` };
}

function stressorTree(value: number, lines: string): SourceCount {
  return { value, unit: 'mentions', source: `Appendix 5.2, ${lines}` };
}

function inconsistent(count: SourceCount, note: string): SourceCount {
  return { ...count, flags: ['inconsistent'], note };
}

// ---------------------------------------------------------------------------------------
// Energy sources (Appendix 5.1, L5424–5595)
// ---------------------------------------------------------------------------------------

const energyThemes: CodeNode[] = [
  {
    id: 'e-colleagues',
    label: { nl: "Collega's", en: 'Colleagues' },
    definition: {
      nl: "Energie uit de samenwerking met collega's en de gezelligheid in het team.",
      en: 'Energy from working together with colleagues and a convivial team.',
    },
    count: {
      ...energyTree(35, 'L5439–5445'),
      // Not flagged: both places say 35; only the extraction fused the footnote marker.
      note:
        "The text prints 'n=352' (L1984): footnote marker 2 fused to 35. Footnote 2 (L2055) says " +
        'text counts are respondents; the code tree counts mentions (L5607).',
    },
    context: { value: 'social' },
    need: { value: 'relatedness' },
    phases: { value: 'all', source: 'L1984–1986' },
    children: [
      {
        id: 'e-colleagues/collaboration',
        label: { nl: 'Samenwerking', en: 'Collaboration' },
        definition: {
          nl: "Goed samenwerken met collega's.",
          en: 'Working well together with colleagues.',
        },
        count: energyTree(30, 'L5439–5445'),
      },
      {
        id: 'e-colleagues/conviviality',
        label: { nl: 'Gezelligheid', en: 'Conviviality' },
        definition: {
          nl: "Een gezellige sfeer met collega's.",
          en: 'A convivial, pleasant atmosphere among colleagues.',
        },
        count: energyTree(5, 'L5439–5445'),
      },
    ],
  },
  {
    id: 'e-content-of-the-work',
    label: { nl: 'Inhoud van het werk', en: 'Content of the work' },
    definition: {
      nl: 'Energie uit het werk zelf: uitdagend, afwisselend en acuut klinisch werk.',
      en: 'Energy from the work itself: challenging, varied and acute clinical work.',
    },
    count: energyTree(33, 'L5447–5465'),
    context: { value: 'organizational', flags: ['rebuilt'] },
    need: { value: 'competence' },
    phases: { value: 'all', source: 'L1984–1990' },
    children: [
      {
        id: 'e-content-of-the-work/content-challenge',
        label: { nl: 'Inhoudelijke uitdaging', en: 'Content challenge' },
        definition: {
          nl: 'Inhoudelijk uitdagend werk en uitdagende casuïstiek.',
          en: 'Clinically challenging work and cases.',
        },
        count: energyTree(16, 'L5447–5465'),
      },
      {
        id: 'e-content-of-the-work/variety-of-work',
        label: { nl: 'Variatie van het werk', en: 'Variety of work' },
        definition: { nl: 'Afwisseling in het werk.', en: 'Variety in the work.' },
        count: energyTree(11, 'L5447–5465'),
      },
      {
        id: 'e-content-of-the-work/acute-care',
        label: { nl: 'Acute zorg', en: 'Acute care' },
        definition: { nl: 'Acute zorg en acute casuïstiek.', en: 'Acute care and acute cases.' },
        count: energyTree(4, 'L5447–5465'),
      },
      {
        id: 'e-content-of-the-work/the-work-itself',
        label: { nl: 'Werk an sich', en: 'The work itself' },
        definition: { nl: 'Het werk op zich.', en: 'The work as such.' },
        count: energyTree(2, 'L5447–5465'),
      },
    ],
  },
  {
    id: 'e-patients',
    label: { nl: 'Patiënten', en: 'Patients' },
    definition: {
      nl: 'Energie uit het contact met patiënten en verschil voor hen kunnen maken.',
      en: 'Energy from contact with patients and being able to make a difference for them.',
    },
    count: energyTree(19, 'L5467–5477'),
    context: { value: 'social' },
    need: { value: 'relatedness' },
    // The text calls patient contact the next most named factor, not "all respondents".
    phases: { value: 'all', flags: ['analyst'], source: 'L1990' },
    children: [
      {
        id: 'e-patients/patient-contact',
        label: { nl: 'Patiëntencontact', en: 'Patient contact' },
        definition: { nl: 'Contact met patiënten.', en: 'Contact with patients.' },
        count: energyTree(16, 'L5467–5477'),
      },
      {
        id: 'e-patients/making-a-difference',
        label: { nl: 'Verschil kunnen maken', en: 'Being able to make a difference' },
        definition: {
          nl: 'Verschil kunnen maken voor patiënten.',
          en: 'Being able to make a difference for patients.',
        },
        count: energyTree(3, 'L5467–5477'),
      },
    ],
  },
  {
    id: 'e-learning-and-work-climate',
    label: { nl: 'Leer en werkklimaat', en: 'Learning and work climate' },
    definition: {
      nl: 'Energie uit begeleiding geven en krijgen en uit ruimte voelen om te leren.',
      en: 'Energy from giving and receiving guidance and from feeling room to learn.',
    },
    count: inconsistent(
      energyTree(16, 'L5479–5513'),
      "Table 7 (L3468) lists 'Leer- en werkklimaat' n=8 under autonomy; the code tree gives the " +
        "theme 16 and its subtheme 'Ruimte voelen om te leren' 9.",
    ),
    children: [
      {
        id: 'e-learning-and-work-climate/giving-receiving-guidance',
        label: { nl: 'Begeleiding geven/krijgen', en: 'Giving/receiving guidance' },
        definition: {
          nl: 'Begeleiding, feedback en betrokkenheid krijgen en geven.',
          en: 'Receiving and giving guidance, feedback and involvement.',
        },
        count: energyTree(7, 'L5479–5497'),
        context: { value: 'social' },
        need: { value: 'relatedness' },
        phases: { value: ['intern'], flags: ['analyst'], source: 'L2010–2012' },
        children: [
          {
            id: 'e-learning-and-work-climate/giving-receiving-guidance/receiving-positive-feedback',
            label: { nl: 'Positieve feedback krijgen', en: 'Receiving positive feedback' },
            definition: { nl: 'Positieve feedback krijgen.', en: 'Getting positive feedback.' },
            count: energyTree(3, 'L5479–5497'),
          },
          {
            id: 'e-learning-and-work-climate/giving-receiving-guidance/being-involved',
            label: { nl: 'Betrokken worden', en: 'Being involved' },
            definition: {
              nl: 'Door anderen betrokken worden, bijvoorbeeld bij het team.',
              en: 'Being included by others, for example in the team.',
            },
            count: energyTree(1, 'L5479–5497'),
          },
          {
            id: 'e-learning-and-work-climate/giving-receiving-guidance/good-guidance',
            label: { nl: 'Goede begeleiding', en: 'Good guidance' },
            definition: { nl: 'Goed begeleid worden.', en: 'Receiving good guidance.' },
            count: energyTree(1, 'L5479–5497'),
          },
          {
            id: 'e-learning-and-work-climate/giving-receiving-guidance/feeling-wanted',
            label: { nl: 'Je gewenst voelen', en: 'Feeling wanted' },
            definition: { nl: 'Het gevoel gewenst te zijn.', en: 'Feeling that you are wanted.' },
            count: energyTree(1, 'L5479–5497'),
          },
          {
            id: 'e-learning-and-work-climate/giving-receiving-guidance/training-others',
            label: { nl: 'Opleiden (in het algemeen)', en: 'Training others in general' },
            definition: {
              nl: 'Anderen opleiden, in het algemeen.',
              en: 'Training and teaching others, in general.',
            },
            count: energyTree(1, 'L5479–5497'),
          },
        ],
      },
      {
        id: 'e-learning-and-work-climate/feeling-room-to-learn',
        label: { nl: 'Ruimte voelen om te leren', en: 'Feeling room to learn' },
        definition: {
          nl: 'Je vrij en veilig voelen om te leren, vragen te stellen en je te verdiepen.',
          en: 'Feeling free and safe to learn, ask questions and go deeper.',
        },
        count: inconsistent(
          energyTree(9, 'L5499–5513'),
          "Table 7 (L3468) lists 'Leer- en werkklimaat' n=8 under autonomy; reading that cell as " +
            "this subtheme is the analyst's matching (thesis-notes §3.9).",
        ),
        context: { value: 'social' },
        need: {
          value: 'autonomy',
          flags: ['analyst'],
          note: "Table 7 puts 'Leer- en werkklimaat' under autonomy; matching it to this subtheme is analyst.",
        },
        phases: {
          value: ['intern', ...RESIDENTS],
          flags: ['analyst'],
          source: 'L2008–2010, L2014; Table 9 L3915, L3925',
        },
        children: [
          {
            id: 'e-learning-and-work-climate/feeling-room-to-learn/room-for-learning-moments',
            label: { nl: 'Ruimte voor leermomenten', en: 'Room for learning moments' },
            definition: {
              nl: 'Ruimte hebben voor eigen leermomenten.',
              en: "Having room for one's own learning moments.",
            },
            count: energyTree(1, 'L5499–5513'),
          },
          {
            id: 'e-learning-and-work-climate/feeling-room-to-learn/free-to-ask-questions',
            label: { nl: 'Idee hebben vragen te kunnen stellen', en: 'Feeling free to ask questions' },
            definition: {
              nl: 'Het idee hebben dat je vragen kunt stellen.',
              en: 'Feeling that you can ask questions.',
            },
            count: energyTree(1, 'L5499–5513'),
          },
          {
            id: 'e-learning-and-work-climate/feeling-room-to-learn/depth-learning-environment',
            label: { nl: 'Verdieping/leerzame omgeving', en: 'Depth / learning environment' },
            definition: {
              nl: 'Verdieping in het werk en een leerzame omgeving.',
              en: 'Depth in the work and an instructive environment.',
            },
            count: energyTree(2, 'L5499–5513'),
          },
          {
            id: 'e-learning-and-work-climate/feeling-room-to-learn/pleasant-safe-training-climate',
            label: { nl: 'Fijn/veilig opleidingsklimaat', en: 'Pleasant/safe training climate' },
            definition: {
              nl: 'Een fijn en veilig opleidingsklimaat.',
              en: 'A pleasant and safe training climate.',
            },
            count: energyTree(5, 'L5499–5513'),
          },
        ],
      },
    ],
  },
  {
    id: 'e-professional-development',
    label: { nl: 'Professionele ontwikkeling', en: 'Professional development' },
    definition: {
      nl: 'Energie uit inhoudelijke en persoonlijke ontwikkeling.',
      en: 'Energy from clinical and personal development.',
    },
    count: energyTree(18, 'L5515–5547'),
    children: [
      {
        id: 'e-professional-development/clinical-development',
        label: { nl: 'Inhoudelijke ontwikkeling', en: 'Clinical development' },
        definition: {
          nl: 'Nieuwe inhoudelijke dingen leren en je blijven ontwikkelen.',
          en: 'Learning new clinical things and continuing to develop.',
        },
        count: energyTree(13, 'L5515–5533'),
        context: { value: 'organizational', flags: ['rebuilt'] },
        need: { value: 'competence' },
        children: [
          {
            id: 'e-professional-development/clinical-development/learning-new-things',
            label: { nl: 'Nieuwe dingen leren', en: 'Learning new things' },
            definition: { nl: 'Iets nieuws leren in het werk.', en: 'Learning something new in the work.' },
            count: energyTree(8, 'L5515–5533'),
          },
          {
            id: 'e-professional-development/clinical-development/interesting-case-handled-well',
            label: {
              nl: 'Interessante medisch inhoudelijke casus die je goed hebt aangepakt',
              en: 'An interesting clinical case you handled well',
            },
            definition: {
              nl: 'Een medisch-inhoudelijk interessante casus goed aanpakken.',
              en: 'Handling a clinically interesting case well.',
            },
            count: energyTree(3, 'L5515–5533'),
          },
          {
            id: 'e-professional-development/clinical-development/continuing-to-develop',
            label: { nl: 'Blijven ontwikkelen', en: 'Continuing to develop' },
            definition: {
              nl: 'Je blijven ontwikkelen in het vak.',
              en: 'Keeping on developing professionally.',
            },
            count: energyTree(2, 'L5515–5533'),
          },
        ],
      },
      {
        id: 'e-professional-development/personal-development',
        label: { nl: 'Persoonlijke ontwikkeling', en: 'Personal development' },
        definition: {
          nl: 'Je nuttig en bekwaam voelen en zelfstandig werken, zonder er alleen voor te staan.',
          en: 'Feeling useful and competent and working independently, without standing alone.',
        },
        count: energyTree(5, 'L5535–5547'),
        context: { value: 'social', flags: ['rebuilt'] },
        need: { value: 'autonomy' },
        phases: {
          value: ['junior-specialist', 'senior-specialist'],
          flags: ['analyst'],
          source: 'L2020–2024, L2030–2032; Table 9 L3935, L3943',
        },
        children: [
          {
            id: 'e-professional-development/personal-development/not-solving-everything-alone',
            label: {
              nl: 'Niet alles alleen hoeven op te lossen',
              en: 'Not having to solve everything alone',
            },
            definition: {
              nl: 'Niet alles in je eentje hoeven op te lossen.',
              en: 'Not having to solve everything on your own.',
            },
            count: energyTree(1, 'L5535–5547'),
          },
          {
            id: 'e-professional-development/personal-development/feeling-useful-competent',
            label: { nl: 'Nuttig/bekwaam voelen', en: 'Feeling useful/competent' },
            definition: {
              nl: 'Je nuttig en bekwaam voelen in het werk.',
              en: 'Feeling useful and competent in the work.',
            },
            count: energyTree(3, 'L5535–5547'),
          },
          {
            id: 'e-professional-development/personal-development/working-independently',
            label: { nl: 'Zelfstandig werken', en: 'Working independently' },
            definition: { nl: 'Zelfstandig kunnen werken.', en: 'Being able to work on your own.' },
            count: energyTree(1, 'L5535–5547'),
          },
        ],
      },
    ],
  },
  {
    id: 'e-organization-of-the-work',
    label: { nl: 'Inrichting van het werk', en: 'Organization of the work' },
    definition: {
      nl: 'Energie uit hoe het werk is ingericht: inhoudelijke randvoorwaarden, arbeidsvoorwaarden en werkprocessen.',
      en: 'Energy from how the work is arranged: content preconditions, employment conditions and work processes.',
    },
    count: energyTree(12, 'L5549–5595'),
    // Table 7 places the theme itself (L3474); all three subtheme rows agree.
    context: { value: 'organizational' },
    need: { value: 'autonomy' },
    children: [
      {
        id: 'e-organization-of-the-work/content-preconditions',
        label: { nl: 'Inhoudelijke randvoorwaardes', en: 'Content preconditions' },
        definition: {
          nl: 'Randvoorwaarden om het werk goed te doen: tijd, duidelijke taken en ondersteuning.',
          en: 'Preconditions for doing the work well: time, clear tasks and support.',
        },
        count: energyTree(3, 'L5549–5563'),
        context: { value: 'organizational' },
        need: { value: 'autonomy' },
        // Interns value knowing where they stand; linking that to "clear tasks" is analyst.
        phases: { value: ['intern'], flags: ['analyst'], source: 'L2012' },
        children: [
          {
            id: 'e-organization-of-the-work/content-preconditions/enough-time-for-patients',
            label: { nl: 'Voldoende tijd voor patiënten', en: 'Enough time for patients' },
            definition: {
              nl: 'Genoeg tijd hebben voor patiënten.',
              en: 'Having enough time for patients.',
            },
            count: energyTree(1, 'L5549–5563'),
          },
          {
            id: 'e-organization-of-the-work/content-preconditions/clear-tasks',
            label: { nl: 'Duidelijke taken', en: 'Clear tasks' },
            definition: {
              nl: 'Weten wat je taken zijn.',
              en: 'Knowing clearly what your tasks are.',
            },
            count: energyTree(1, 'L5549–5563'),
          },
          {
            id: 'e-organization-of-the-work/content-preconditions/personal-doctors-assistant',
            label: { nl: 'Persoonlijke dr. assistente', en: "Personal doctor's assistant" },
            definition: {
              nl: 'Een eigen doktersassistente hebben.',
              en: "Having a personal doctor's assistant.",
            },
            count: energyTree(1, 'L5549–5563'),
          },
        ],
      },
      {
        id: 'e-organization-of-the-work/secondary-employment-conditions',
        label: { nl: 'Secundaire arbeidsvoorwaarde', en: 'Secondary employment conditions' },
        definition: {
          nl: 'Arbeidsvoorwaarden zoals parttime werken, reisafstand, flexibiliteit, pauzes, structuur en inkomen.',
          en: 'Terms of employment such as part-time work, travel distance, flexibility, breaks, structure and income.',
        },
        count: energyTree(7, 'L5565–5587'),
        context: { value: 'organizational' },
        need: { value: 'autonomy' },
        phases: {
          value: ['junior-specialist', 'senior-specialist'],
          flags: ['analyst'],
          source: 'L2024–2028, L2030–2032; Table 9 L3937, L3943',
        },
        children: [
          {
            id: 'e-organization-of-the-work/secondary-employment-conditions/part-time-work',
            label: { nl: 'Parttime werken', en: 'Part-time work' },
            definition: { nl: 'Parttime kunnen werken.', en: 'Being able to work part-time.' },
            count: energyTree(1, 'L5565–5587'),
          },
          {
            id: 'e-organization-of-the-work/secondary-employment-conditions/limited-travel-distance',
            label: { nl: 'Beperkte reisafstand', en: 'Limited travel distance' },
            definition: { nl: 'Een korte reisafstand naar het werk.', en: 'A short journey to work.' },
            count: energyTree(2, 'L5565–5587'),
          },
          {
            id: 'e-organization-of-the-work/secondary-employment-conditions/flexibility-in-the-work',
            label: { nl: 'Flexibiliteit in het werk', en: 'Flexibility in the work' },
            definition: { nl: 'Flexibiliteit in het werk.', en: 'Some flexibility in the work.' },
            count: energyTree(1, 'L5565–5587'),
          },
          {
            id: 'e-organization-of-the-work/secondary-employment-conditions/enough-breaks',
            label: { nl: 'Voldoende pauze', en: 'Enough breaks' },
            definition: { nl: 'Genoeg ruimte voor pauze.', en: 'Enough room for breaks.' },
            count: energyTree(1, 'L5565–5587'),
          },
          {
            id: 'e-organization-of-the-work/secondary-employment-conditions/structure-in-week-day',
            label: { nl: 'Structuur (in week/dag)', en: 'Structure in week/day' },
            definition: {
              nl: 'Structuur in de week of de dag.',
              en: 'Structure in the week or the day.',
            },
            count: energyTree(1, 'L5565–5587'),
          },
          {
            id: 'e-organization-of-the-work/secondary-employment-conditions/good-income',
            label: { nl: 'Goed inkomen', en: 'Good income' },
            definition: { nl: 'Een goed inkomen.', en: 'A good income.' },
            count: energyTree(1, 'L5565–5587'),
          },
        ],
      },
      {
        id: 'e-organization-of-the-work/work-processes',
        label: { nl: 'Werkprocessen', en: 'Work processes' },
        definition: {
          nl: 'Goed geregelde systemen en logistiek, zodat de administratie beperkt blijft.',
          en: 'Well-arranged systems and logistics, so that administration stays limited.',
        },
        count: energyTree(2, 'L5589–5595'),
        context: { value: 'organizational' },
        need: { value: 'autonomy' },
        phases: { value: RESIDENTS, flags: ['analyst'], source: 'L2014–2018; Table 9 L3927' },
        children: [
          {
            id: 'e-organization-of-the-work/work-processes/good-systems',
            label: { nl: 'Goede systemen', en: 'Good systems' },
            definition: { nl: 'Systemen die goed werken.', en: 'Systems that work well.' },
            count: energyTree(1, 'L5589–5595'),
          },
          {
            id: 'e-organization-of-the-work/work-processes/logical-logistics',
            label: { nl: 'Logische logistiek', en: 'Logical logistics' },
            definition: {
              nl: 'Logisch ingerichte logistiek.',
              en: 'Logistics that are organized logically.',
            },
            count: energyTree(1, 'L5589–5595'),
          },
        ],
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------
// Stressors (Appendix 5.2, L5608–5956)
// ---------------------------------------------------------------------------------------

const stressorThemes: CodeNode[] = [
  {
    id: 's-colleagues',
    label: { nl: "Collega's", en: 'Colleagues' },
    definition: {
      nl: "Stress door een negatieve sfeer, conflicten en onprettige samenwerking met collega's.",
      en: 'Stress from a negative atmosphere, conflicts and unpleasant collaboration among colleagues.',
    },
    count: inconsistent(stressorTree(11, 'L5623–5649'), 'Table 8 (L3542) gives n=9; the code tree gives 11.'),
    context: { value: 'social' },
    need: { value: 'relatedness' },
    children: [
      {
        id: 's-colleagues/negative-atmosphere',
        label: { nl: "Negatieve sfeer met collega's", en: 'Negative atmosphere with colleagues' },
        definition: {
          nl: "Een negatieve sfeer tussen collega's.",
          en: 'A negative atmosphere among colleagues.',
        },
        count: stressorTree(5, 'L5623–5649'),
      },
      {
        id: 's-colleagues/hassle-on-the-work-floor',
        label: { nl: 'Gedoe op de werkvloer', en: 'Hassle on the work floor' },
        definition: {
          nl: 'Gedoe en wrijving op de werkvloer.',
          en: 'Friction and hassle on the work floor.',
        },
        count: stressorTree(1, 'L5623–5649'),
      },
      {
        id: 's-colleagues/no-team-feeling',
        label: { nl: 'Geen teamgevoel', en: 'No team feeling' },
        definition: { nl: 'Geen gevoel een team te zijn.', en: 'Lacking a sense of being a team.' },
        count: stressorTree(1, 'L5623–5649'),
      },
      {
        id: 's-colleagues/feedback-delivered-negatively',
        label: { nl: 'Feedback negatief gebracht', en: 'Feedback delivered negatively' },
        definition: {
          nl: 'Feedback die op een negatieve manier wordt gebracht.',
          en: 'Feedback given in a negative way.',
        },
        count: stressorTree(1, 'L5623–5649'),
      },
      {
        id: 's-colleagues/rapid-staff-turnover',
        label: { nl: 'Snelle doorloop van zorgpersoneel', en: 'Rapid turnover of care staff' },
        definition: {
          nl: 'Zorgpersoneel dat snel komt en gaat.',
          en: 'Care staff coming and going quickly.',
        },
        count: stressorTree(1, 'L5623–5649'),
      },
      {
        id: 's-colleagues/conflicts',
        label: { nl: 'Conflicten', en: 'Conflicts' },
        definition: { nl: 'Conflicten op het werk.', en: 'Conflicts at work.' },
        count: stressorTree(1, 'L5623–5649'),
      },
      {
        id: 's-colleagues/unpleasant-collaboration',
        label: { nl: 'Onprettige samenwerking', en: 'Unpleasant collaboration' },
        definition: {
          nl: 'Samenwerking die onprettig voelt.',
          en: 'Collaboration that feels unpleasant.',
        },
        count: stressorTree(1, 'L5623–5649'),
      },
    ],
  },
  {
    id: 's-organization',
    label: { nl: 'Organisatie', en: 'Organization' },
    definition: {
      nl: 'Stress door de samenwerking met het management en weinig invloed op de organisatie en werkprocessen.',
      en: 'Stress from working with management and from little influence on the organization and its work processes.',
    },
    count: stressorTree(15, 'L5651–5701'),
    children: [
      {
        id: 's-organization/collaboration-with-management',
        label: { nl: 'Samenwerking management', en: 'Collaboration with management' },
        definition: {
          nl: 'Een moeizame samenwerking met het management, met taken die een manager zou kunnen doen.',
          en: 'A strained working relationship with management, with tasks a manager could do.',
        },
        count: inconsistent(
          stressorTree(4, 'L5651–5661'),
          'Table 8 (L3544) gives n=10; the code tree gives 4.',
        ),
        context: {
          value: 'organizational',
          flags: ['rebuilt', 'probable'],
          note: 'Table 8 shows no cell break here (L3544), so the placement is uncertain.',
        },
        need: { value: 'relatedness' },
        phases: {
          value: ['senior-specialist'],
          flags: ['analyst'],
          source: 'L2090–2094; Table 9 L3945',
        },
        children: [
          {
            id: 's-organization/collaboration-with-management/relationship-with-management',
            label: { nl: 'Verhouding met management', en: 'Relationship with management' },
            definition: {
              nl: 'De verhouding met het management.',
              en: 'The relationship with management.',
            },
            count: stressorTree(2, 'L5651–5661'),
          },
          {
            id: 's-organization/collaboration-with-management/fear-of-change',
            label: { nl: 'Angst voor verandering', en: 'Fear of change' },
            definition: { nl: 'Angst voor verandering.', en: 'Being afraid of change.' },
            count: stressorTree(1, 'L5651–5661'),
          },
          {
            id: 's-organization/collaboration-with-management/criticism-without-standing-up',
            label: {
              nl: 'Kritiek hebben maar niet opstaan',
              en: 'Having criticism but not standing up',
            },
            definition: {
              nl: 'Kritiek hebben maar er niet voor opstaan.',
              en: 'Having criticism but not speaking up.',
            },
            count: stressorTree(1, 'L5651–5661'),
          },
        ],
      },
      {
        id: 's-organization/influence-on-organization-and-work-processes',
        label: {
          nl: 'Invloed op organisatie en werk(processen)',
          en: 'Influence on organization and work processes',
        },
        definition: {
          nl: 'Weinig invloed op een logge organisatie, haar vernieuwingen en werkprocessen.',
          en: 'Little influence on a sluggish organization, its innovations and its work processes.',
        },
        count: inconsistent(
          stressorTree(11, 'L5663–5701'),
          "Table 8 (L3522) lists 'Invloed op werkprocessen' n=6; the code tree gives 11 (L5663–5667).",
        ),
        context: { value: 'organizational' },
        need: { value: 'autonomy' },
        phases: {
          value: [...RESIDENTS, 'junior-specialist', 'senior-specialist'],
          flags: ['analyst'],
          source: 'L2074–2076, L2084–2088, L2094–2096; Table 9 L3929, L3947–3949',
        },
        children: [
          {
            id: 's-organization/influence-on-organization-and-work-processes/sluggish-organizations',
            label: { nl: 'Logge organisaties', en: 'Sluggish organizations' },
            definition: {
              nl: 'Organisaties die log en traag zijn.',
              en: 'Organizations that are slow and unwieldy.',
            },
            count: stressorTree(1, 'L5663–5701'),
          },
          {
            id: 's-organization/influence-on-organization-and-work-processes/stalling-innovations',
            label: { nl: 'Innovaties die vastlopen', en: 'Innovations that stall' },
            definition: {
              nl: 'Vernieuwingen die vastlopen.',
              en: 'Innovations that get stuck.',
            },
            count: stressorTree(1, 'L5663–5701'),
          },
          {
            id: 's-organization/influence-on-organization-and-work-processes/little-autonomy',
            label: { nl: 'Weinig autonomie', en: 'Little autonomy' },
            definition: { nl: 'Weinig autonomie in het werk.', en: 'Little autonomy in the work.' },
            count: stressorTree(1, 'L5663–5701'),
          },
          {
            id: 's-organization/influence-on-organization-and-work-processes/lack-of-flexibility',
            label: { nl: 'Gebrek aan flexibiliteit', en: 'Lack of flexibility' },
            definition: { nl: 'Te weinig flexibiliteit.', en: 'Too little flexibility.' },
            count: stressorTree(2, 'L5663–5701'),
          },
          {
            id: 's-organization/influence-on-organization-and-work-processes/little-influence',
            label: { nl: 'Weinig invloed', en: 'Little influence' },
            definition: { nl: 'Weinig invloed op het werk.', en: 'Little influence on the work.' },
            count: stressorTree(1, 'L5663–5701'),
          },
          {
            id: 's-organization/influence-on-organization-and-work-processes/trapped-in-the-system',
            label: {
              nl: 'Gevangen in het systeem en in een veranderende maatschappij',
              en: 'Trapped in the system and in a changing society',
            },
            definition: {
              nl: 'Je gevangen voelen in het systeem en in een veranderende maatschappij.',
              en: 'Feeling trapped in the system and in a changing society.',
            },
            count: stressorTree(3, 'L5663–5701'),
          },
          {
            id: 's-organization/influence-on-organization-and-work-processes/pressure-to-be-more-efficient',
            label: { nl: 'Druk om het efficiënter te maken', en: 'Pressure to become more efficient' },
            definition: {
              nl: 'Druk om steeds efficiënter te werken.',
              en: 'Pressure to work ever more efficiently.',
            },
            count: stressorTree(1, 'L5663–5701'),
          },
          {
            id: 's-organization/influence-on-organization-and-work-processes/inefficiency-indecisiveness',
            label: { nl: 'Inefficiëntie/besluitloosheid', en: 'Inefficiency/indecisiveness' },
            definition: {
              nl: 'Inefficiëntie en besluitloosheid in de organisatie.',
              en: 'Inefficiency and indecisiveness in the organization.',
            },
            count: stressorTree(1, 'L5663–5701'),
          },
        ],
      },
    ],
  },
  {
    id: 's-working-conditions',
    label: { nl: 'Werkomstandigheden', en: 'Working conditions' },
    definition: {
      nl: 'Stress door hoge werkdruk, personele bezetting en secundaire arbeidsvoorwaarden.',
      en: 'Stress from high workload, staffing and secondary employment conditions.',
    },
    count: stressorTree(31, 'L5703–5779'),
    // The most-named stressor "in alle focusgroepen"; reading that as every phase is analyst.
    phases: { value: 'all', flags: ['analyst'], source: 'L2040–2044' },
    children: [
      {
        id: 's-working-conditions/high-workload',
        label: { nl: 'Hoge werkdruk', en: 'High workload' },
        definition: {
          nl: 'Te veel werk in te weinig tijd, met overwerk en een scheve werk-privébalans.',
          en: 'Too much work in too little time, with overtime and a skewed work–life balance.',
        },
        count: stressorTree(17, 'L5703–5737'),
        context: { value: 'organizational' },
        need: { value: 'autonomy' },
        children: [
          {
            id: 's-working-conditions/high-workload/running-behind',
            label: {
              nl: 'Achter de feiten aan lopen door drukte',
              en: 'Running behind because of busyness',
            },
            definition: {
              nl: 'Door de drukte steeds achter de feiten aan lopen.',
              en: 'Always catching up because it is so busy.',
            },
            count: stressorTree(3, 'L5703–5737'),
          },
          {
            id: 's-working-conditions/high-workload/overfull-clinics-overbooking',
            label: {
              nl: "Overvolle poli's/overboekingen",
              en: 'Overfull outpatient clinics/overbooking',
            },
            definition: {
              nl: 'Overvolle en overboekte poliklinieken.',
              en: 'Outpatient clinics that are overfull or overbooked.',
            },
            count: stressorTree(2, 'L5703–5737'),
          },
          {
            id: 's-working-conditions/high-workload/too-little-time-for-patient-contact',
            label: {
              nl: 'Onvoldoende tijd voor patiëntencontact',
              en: 'Too little time for patient contact',
            },
            definition: {
              nl: 'Te weinig tijd voor contact met patiënten.',
              en: 'Too little time for contact with patients.',
            },
            count: stressorTree(2, 'L5703–5737'),
          },
          {
            id: 's-working-conditions/high-workload/collective-agreement-46-hours',
            label: { nl: 'CAO van 46 uur', en: 'A 46-hour collective labour agreement' },
            definition: {
              nl: 'Een cao die uitgaat van 46 uur.',
              en: 'A collective labour agreement (CAO) set at 46 hours.',
            },
            count: stressorTree(1, 'L5703–5737'),
          },
          {
            id: 's-working-conditions/high-workload/work-life-balance-out-of-proportion',
            label: {
              nl: 'Werk-privé balans uit verhouding',
              en: 'Work–life balance out of proportion',
            },
            definition: {
              nl: 'Werk en privé zijn niet in evenwicht.',
              en: 'Work and private life are out of balance.',
            },
            count: stressorTree(3, 'L5703–5737'),
          },
          {
            id: 's-working-conditions/high-workload/long-days-overtime',
            label: { nl: 'Lange werkdagen/overwerken', en: 'Long working days/overtime' },
            definition: {
              nl: 'Lange werkdagen maken en overwerken.',
              en: 'Working long days and overtime.',
            },
            count: stressorTree(2, 'L5703–5737'),
          },
          {
            id: 's-working-conditions/high-workload/high-workload',
            label: { nl: 'Hoge werkdruk', en: 'High workload' },
            definition: { nl: 'Een hoge werkdruk.', en: 'A high workload.' },
            count: stressorTree(2, 'L5703–5737'),
          },
          {
            id: 's-working-conditions/high-workload/multitasking',
            label: { nl: 'Veel multitasken', en: 'A lot of multitasking' },
            definition: {
              nl: 'Veel taken tegelijk moeten doen.',
              en: 'Having to do many tasks at once.',
            },
            count: stressorTree(1, 'L5703–5737'),
          },
          {
            id: 's-working-conditions/high-workload/workload-too-low',
            label: { nl: 'Te lage werkdruk', en: 'Workload too low' },
            definition: { nl: 'Een te lage werkdruk.', en: 'A workload that is too low.' },
            count: stressorTree(1, 'L5703–5737'),
          },
        ],
      },
      {
        id: 's-working-conditions/staffing',
        label: { nl: 'Personele bezetting', en: 'Staffing' },
        definition: {
          nl: 'Roosterproblemen en chronische onderbezetting.',
          en: 'Rostering problems and chronic understaffing.',
        },
        count: stressorTree(8, 'L5739–5747'),
        context: { value: 'organizational' },
        need: { value: 'autonomy' },
        children: [
          {
            id: 's-working-conditions/staffing/rostering-problems',
            label: { nl: 'Rooster problematiek', en: 'Rostering problems' },
            definition: { nl: 'Problemen met het rooster.', en: 'Problems with the roster.' },
            count: stressorTree(4, 'L5739–5747'),
          },
          {
            id: 's-working-conditions/staffing/staff-shortages',
            label: {
              nl: 'Personeelstekorten/chronische onderbezetting',
              en: 'Staff shortages/chronic understaffing',
            },
            definition: {
              nl: 'Personeelstekorten en chronische onderbezetting.',
              en: 'Staff shortages and chronic understaffing.',
            },
            count: stressorTree(4, 'L5739–5747'),
          },
        ],
      },
      {
        id: 's-working-conditions/secondary-employment-conditions',
        label: { nl: 'Secundaire arbeidsvoorwaarde', en: 'Secondary employment conditions' },
        definition: {
          nl: 'Arbeidsvoorwaarden en baanperspectief: korte contracten, verhuizen voor banen, de banenmarkt en werktijden.',
          en: 'Terms of employment and job prospects: short contracts, moving for jobs, the job market and working times.',
        },
        count: stressorTree(6, 'L5749–5779'),
        context: { value: 'organizational' },
        need: { value: 'autonomy' },
        phases: {
          value: ['junior-specialist'],
          flags: ['analyst'],
          source: 'L2082; Table 9 L3939',
        },
        children: [
          {
            id: 's-working-conditions/secondary-employment-conditions/short-one-year-contracts',
            label: { nl: 'Korte jaarcontracten', en: 'Short one-year contracts' },
            definition: {
              nl: 'Korte contracten van een jaar.',
              en: 'Short contracts of one year.',
            },
            count: stressorTree(1, 'L5749–5779'),
          },
          {
            id: 's-working-conditions/secondary-employment-conditions/moving-for-temporary-jobs',
            label: { nl: 'Verhuizen voor (tijdelijke) banen', en: 'Moving for (temporary) jobs' },
            definition: {
              nl: 'Moeten verhuizen voor (tijdelijke) banen.',
              en: 'Having to move house for (temporary) jobs.',
            },
            count: stressorTree(1, 'L5749–5779'),
          },
          {
            id: 's-working-conditions/secondary-employment-conditions/job-market',
            label: {
              nl: 'Banenmarkt (voor en na de opleiding)',
              en: 'Job market before and after training',
            },
            definition: {
              nl: 'De banenmarkt voor en na de opleiding.',
              en: 'The job market before and after specialist training.',
            },
            count: stressorTree(1, 'L5749–5779'),
          },
          {
            id: 's-working-conditions/secondary-employment-conditions/less-time-for-social-life',
            label: { nl: 'Minder tijd voor sociaal leven', en: 'Less time for social life' },
            definition: {
              nl: 'Minder tijd overhouden voor het sociale leven.',
              en: 'Having less time left for a social life.',
            },
            count: stressorTree(1, 'L5749–5779'),
          },
          {
            id: 's-working-conditions/secondary-employment-conditions/getting-up-early',
            label: { nl: 'Vroeg opstaan', en: 'Getting up early' },
            definition: { nl: 'Vroeg moeten opstaan.', en: 'Having to get up early.' },
            count: stressorTree(1, 'L5749–5779'),
          },
          {
            id: 's-working-conditions/secondary-employment-conditions/shift-times-no-possibility-to-work',
            label: {
              nl: 'Diensttijden waardoor geen mogelijkheid om te werken',
              en: 'Shift times so no possibility to work',
            },
            definition: {
              nl: 'Letterlijk zo in de thesis [sic]: diensttijden waardoor er geen mogelijkheid is om te werken.',
              en: 'Verbatim in the thesis [sic]: shift times that leave no possibility to work.',
            },
            count: stressorTree(1, 'L5749–5779'),
          },
        ],
      },
    ],
  },
  {
    id: 's-work-content',
    label: { nl: 'Werkinhoud', en: 'Work content' },
    definition: {
      nl: 'Stress door waaruit het werk bestaat: administratieve lasten, randzaken en emotioneel zwaar of onvoorspelbaar werk.',
      en: 'Stress from what the work consists of: administrative burden, peripheral tasks and emotionally heavy or unpredictable work.',
    },
    count: inconsistent(
      stressorTree(26, 'L5781–5819'),
      'The text (L2042) gives n=24; Table 8 (L3536) and the code tree give 26.',
    ),
    // Table 8 places the theme itself (L3536).
    context: { value: 'organizational' },
    need: { value: 'competence' },
    children: [
      {
        id: 's-work-content/content-of-tasks',
        label: { nl: 'Inhoud van taken', en: 'Content of tasks' },
        definition: {
          nl: 'De inhoud van de dagelijkse taken, van administratie tot emotionele casuïstiek.',
          en: 'The content of daily tasks, from administration to emotional cases.',
        },
        count: stressorTree(26, 'L5781–5819'),
        context: { value: 'organizational' },
        need: { value: 'competence' },
        phases: {
          value: RESIDENTS,
          flags: ['analyst'],
          source: 'L2056–2062, L2074; Table 9 L3929',
        },
        children: [
          {
            id: 's-work-content/content-of-tasks/administrative-burden',
            label: { nl: 'Administratieve lasten', en: 'Administrative burden' },
            definition: {
              nl: 'Veel tijd kwijt zijn aan administratie.',
              en: 'Spending much time on administration.',
            },
            count: stressorTree(12, 'L5781–5819'),
          },
          {
            id: 's-work-content/content-of-tasks/computer-time-vs-care',
            label: {
              nl: 'Balans computertijd vs zorgtaken',
              en: 'Balance of computer time against care tasks',
            },
            definition: {
              nl: 'De verhouding tussen tijd achter de computer en zorgtaken.',
              en: 'How time at the computer weighs against care tasks.',
            },
            count: stressorTree(1, 'L5781–5819'),
          },
          {
            id: 's-work-content/content-of-tasks/peripheral-tasks',
            label: { nl: 'Randzaken', en: 'Peripheral tasks' },
            definition: {
              nl: 'Randzaken naast de patiëntenzorg, die ook een manager zou kunnen doen.',
              en: 'Peripheral tasks beside patient care, which a manager could also do.',
            },
            count: stressorTree(5, 'L5781–5819'),
          },
          {
            id: 's-work-content/content-of-tasks/content-of-the-work',
            label: { nl: 'Inhoud van het werk', en: 'Content of the work' },
            definition: { nl: 'De inhoud van het werk zelf.', en: 'The content of the work itself.' },
            count: stressorTree(2, 'L5781–5819'),
          },
          {
            id: 's-work-content/content-of-tasks/no-challenge-variety',
            label: { nl: 'Geen uitdaging/afwisseling', en: 'No challenge/variety' },
            definition: {
              nl: 'Geen uitdaging of afwisseling in het werk.',
              en: 'No challenge or variety in the work.',
            },
            count: stressorTree(1, 'L5781–5819'),
          },
          {
            id: 's-work-content/content-of-tasks/thankless-tasks',
            label: { nl: 'Ondankbaarheid van taken', en: 'Thankless tasks' },
            definition: { nl: 'Taken die ondankbaar zijn.', en: 'Tasks that are thankless.' },
            count: stressorTree(1, 'L5781–5819'),
          },
          {
            id: 's-work-content/content-of-tasks/worry-finishing-on-time',
            label: {
              nl: 'Zorgen over werk op tijd af hebben',
              en: 'Worry about finishing work on time',
            },
            definition: {
              nl: 'Je zorgen maken of het werk op tijd af komt.',
              en: 'Worrying whether the work will be finished on time.',
            },
            count: stressorTree(1, 'L5781–5819'),
          },
          {
            id: 's-work-content/content-of-tasks/unpredictable-work',
            label: { nl: 'Onvoorspelbaarheid van het werk', en: 'Unpredictable work' },
            definition: { nl: 'Werk dat onvoorspelbaar is.', en: 'Work that is unpredictable.' },
            count: stressorTree(1, 'L5781–5819'),
          },
          {
            id: 's-work-content/content-of-tasks/many-emotional-cases',
            label: { nl: 'Veel emotionele casus achter elkaar', en: 'Many emotional cases in a row' },
            definition: {
              nl: 'Veel emotioneel zware casussen kort na elkaar.',
              en: 'Many emotionally heavy cases one after another.',
            },
            count: stressorTree(2, 'L5781–5819'),
          },
        ],
      },
    ],
  },
  {
    id: 's-patients',
    label: { nl: 'Patiënten', en: 'Patients' },
    definition: {
      nl: 'Stress door de eisen van patiënten, onaardige patiënten en klachten.',
      en: "Stress from patients' demands, unkind patients and complaints.",
    },
    count: stressorTree(7, 'L5821–5837'),
    context: { value: 'social' },
    need: { value: 'relatedness' },
    children: [
      {
        id: 's-patients/patient-demands',
        label: { nl: 'Eisenpakket patiënten/onaardige', en: "Patients' demands / unkind patients" },
        definition: {
          nl: 'Veeleisende of onaardige patiënten.',
          en: 'Demanding or unkind patients.',
        },
        count: stressorTree(5, 'L5821–5837'),
      },
      {
        id: 's-patients/taking-away-responsibility',
        label: {
          nl: 'Verantwoordelijkheid wegnemen bij patiënten',
          en: 'Taking responsibility away from patients',
        },
        definition: {
          nl: 'Patiënten hun eigen verantwoordelijkheid ontnemen.',
          en: 'Taking their own responsibility away from patients.',
        },
        count: stressorTree(1, 'L5821–5837'),
      },
      {
        id: 's-patients/complaints',
        label: { nl: 'Klachten', en: 'Complaints' },
        definition: { nl: 'Klachten van patiënten.', en: 'Complaints from patients.' },
        count: stressorTree(1, 'L5821–5837'),
      },
    ],
  },
  {
    id: 's-learning-and-work-climate',
    label: { nl: 'Leer en werkklimaat', en: 'Learning and work climate' },
    definition: {
      nl: 'Stress door negatieve begeleiding, een onveilige leeromgeving en geen ruimte voelen om te leren.',
      en: 'Stress from negative guidance, an unsafe learning environment and not feeling room to learn.',
    },
    count: stressorTree(7, 'L5839–5889'),
    children: [
      {
        id: 's-learning-and-work-climate/giving-receiving-guidance',
        label: { nl: 'Begeleiding geven/krijgen', en: 'Giving/receiving guidance' },
        definition: {
          nl: 'Begeleiding die negatief of onveilig is, en je als nieuweling niet op je plek voelen.',
          en: 'Guidance that is negative or unsafe, and feeling out of place as the newcomer.',
        },
        count: stressorTree(4, 'L5839–5865'),
        context: {
          value: 'social',
          flags: ['probable'],
          note: 'Table 8 (L3546) lost its columns in extraction; the social placement is probable.',
        },
        need: { value: 'relatedness' },
        phases: { value: ['intern'], flags: ['analyst'], source: 'L2068–2070; Table 9 L3917' },
        children: [
          {
            id: 's-learning-and-work-climate/giving-receiving-guidance/negatively-framed-feedback',
            label: {
              nl: 'Negatieve opgebouwde feedback (terwijl je wel je best doet)',
              en: 'Negatively framed feedback while you are doing your best',
            },
            definition: {
              nl: 'Negatief opgebouwde feedback krijgen terwijl je wel je best doet.',
              en: 'Getting negatively framed feedback while doing your best.',
            },
            count: stressorTree(1, 'L5839–5865'),
          },
          {
            id: 's-learning-and-work-climate/giving-receiving-guidance/unsafe-learning-environment',
            label: { nl: 'Onveilige leeromgeving', en: 'Unsafe learning environment' },
            definition: {
              nl: 'Een leeromgeving die niet veilig voelt.',
              en: 'A learning environment that does not feel safe.',
            },
            count: stressorTree(1, 'L5839–5865'),
          },
          {
            id: 's-learning-and-work-climate/giving-receiving-guidance/feeling-uncomfortable-as-new',
            label: {
              nl: 'Ongemakkelijk voelen (nieuwe zijn, geen houding weten te geven)',
              en: 'Feeling uncomfortable as the new one, not knowing how to act',
            },
            definition: {
              nl: 'Je als nieuwe ongemakkelijk voelen en geen houding weten te geven.',
              en: 'Feeling awkward as the newcomer and not knowing how to behave.',
            },
            count: stressorTree(1, 'L5839–5865'),
          },
          {
            id: 's-learning-and-work-climate/giving-receiving-guidance/new-place-every-time',
            label: {
              nl: 'Elke keer op een nieuwe plek meelopen (geen onderdeel van het team zijn)',
              en: 'Tagging along at a new place every time, not part of the team',
            },
            definition: {
              nl: 'Steeds op een nieuwe plek meelopen zonder deel van het team te zijn.',
              en: 'Always tagging along somewhere new without being part of the team.',
            },
            count: stressorTree(1, 'L5839–5865'),
          },
        ],
      },
      {
        id: 's-learning-and-work-climate/feeling-room-to-learn',
        label: { nl: 'Ruimte voelen om te leren', en: 'Feeling room to learn' },
        definition: {
          nl: 'Geen ruimte voelen om te leren: afhankelijkheid, continu beoordeeld worden en er niet toe doen.',
          en: 'Not feeling room to learn: dependence, constant assessment and not mattering.',
        },
        count: stressorTree(3, 'L5866–5889'),
        context: { value: 'social' },
        need: { value: 'autonomy' },
        phases: { value: ['intern'], flags: ['analyst'], source: 'L2070–2072; Table 9 L3921' },
        children: [
          {
            id: 's-learning-and-work-climate/feeling-room-to-learn/dependent-position',
            label: { nl: 'Afhankelijke positie', en: 'Dependent position' },
            definition: {
              nl: 'In een afhankelijke positie zitten.',
              en: 'Being in a dependent position.',
            },
            count: stressorTree(1, 'L5866–5889'),
          },
          {
            id: 's-learning-and-work-climate/feeling-room-to-learn/constantly-assessed',
            label: {
              nl: 'Continue gevoel hebben dat je beoordeeld wordt en afgerekend wordt op fouten',
              en: 'Constantly feeling assessed and judged on mistakes',
            },
            definition: {
              nl: 'Het gevoel continu beoordeeld en op fouten afgerekend te worden.',
              en: 'Feeling constantly assessed and held to account for mistakes.',
            },
            count: stressorTree(1, 'L5866–5889'),
          },
          {
            id: 's-learning-and-work-climate/feeling-room-to-learn/feeling-you-do-not-matter',
            label: { nl: 'Gevoel er niet echt toe te doen', en: "Feeling you don't really matter" },
            definition: {
              nl: 'Het gevoel er niet echt toe te doen.',
              en: 'Feeling that you do not really matter.',
            },
            count: stressorTree(1, 'L5866–5889'),
          },
        ],
      },
    ],
  },
  {
    id: 's-professional-development',
    label: { nl: 'Professionele ontwikkeling', en: 'Professional development' },
    definition: {
      nl: 'Stress door persoonlijke onzekerheden, tekortschietende vaardigheden en weinig perspectief.',
      en: 'Stress from personal insecurities, lacking skills and poor prospects.',
    },
    count: inconsistent(
      stressorTree(26, 'L5890–5956'),
      'Its subthemes sum to 25 (2 + 18 + 5); the text (L2048) calls the theme ' +
        "'persoonlijke ontwikkeling' with n=25.",
    ),
    children: [
      {
        id: 's-professional-development/clinical-development',
        label: { nl: 'Inhoudelijke ontwikkeling', en: 'Clinical development' },
        definition: {
          nl: 'Je onbekwaam voelen of de vaardigheden missen om iets te veranderen.',
          en: 'Feeling incompetent or lacking the skills to bring about change.',
        },
        count: stressorTree(2, 'L5890–5901'),
        context: { value: 'social', flags: ['rebuilt'] },
        need: { value: 'competence' },
        children: [
          {
            id: 's-professional-development/clinical-development/insufficient-skills-for-change',
            label: { nl: 'Onvoldoende skills om te veranderen', en: 'Not enough skills to bring change' },
            definition: {
              nl: 'Onvoldoende vaardigheden hebben om veranderingen door te voeren.',
              en: 'Lacking the skills to bring about change.',
            },
            count: stressorTree(1, 'L5890–5901'),
          },
          {
            id: 's-professional-development/clinical-development/feeling-incompetent',
            label: { nl: 'Onbekwaamheidsgevoel', en: 'Feeling incompetent' },
            definition: { nl: 'Je onbekwaam voelen.', en: 'Feeling incompetent.' },
            count: stressorTree(1, 'L5890–5901'),
          },
        ],
      },
      {
        id: 's-professional-development/personal-insecurities',
        label: { nl: 'Persoonlijke onzekerheden', en: 'Personal insecurities' },
        definition: {
          nl: 'Onzekerheden zoals het gevoel dat het perfect moet, angst om geen goede zorg te leveren en onduidelijke verwachtingen.',
          en: 'Insecurities such as feeling it must be perfect, fear of delivering poor care and unclear expectations.',
        },
        // The factors below sum to 17; no node is invented for the unlabelled ninth count.
        count: inconsistent(
          stressorTree(18, 'L5902–5941'),
          'Appendix 5.2 prints 9 counts (4, 1, 1, 1, 4, 3, 2, 1, 1; sum 18) for 8 labels (L5902–5938); ' +
            'the ninth count of 1 has no label, so the labelled factors sum to 17.',
        ),
        context: { value: 'social' },
        need: { value: 'autonomy' },
        phases: {
          value: ['intern', ...RESIDENTS],
          flags: ['analyst'],
          source: 'L2070, L2076–2078, L3557–3565; Table 9 L3919, L3931',
        },
        children: [
          {
            id: 's-professional-development/personal-insecurities/must-be-perfect',
            label: { nl: 'Gevoel dat het perfect moet', en: 'Feeling it has to be perfect' },
            definition: {
              nl: 'Het gevoel dat alles perfect moet.',
              en: 'Feeling that everything has to be perfect.',
            },
            count: stressorTree(4, 'L5902–5941'),
          },
          {
            id: 's-professional-development/personal-insecurities/unclear-expectations',
            label: { nl: 'Niet duidelijk wat er van mij verwacht', en: 'Not clear what is expected of me' },
            definition: {
              nl: 'Niet weten wat er van je verwacht wordt.',
              en: 'Not knowing what is expected of you.',
            },
            count: stressorTree(1, 'L5902–5941'),
          },
          {
            id: 's-professional-development/personal-insecurities/being-asked-too-much',
            label: { nl: 'Overvraagd worden', en: 'Being asked too much' },
            definition: {
              nl: 'Meer gevraagd worden dan je aankunt.',
              en: 'Being asked more than you can handle.',
            },
            count: stressorTree(1, 'L5902–5941'),
          },
          {
            id: 's-professional-development/personal-insecurities/hard-to-think-out-of-the-box',
            label: { nl: 'Moeilijk om out-of-the-box te denken', en: 'Hard to think out-of-the-box' },
            definition: {
              nl: 'Het moeilijk vinden om buiten de gebaande paden te denken.',
              en: 'Finding it hard to think beyond the usual.',
            },
            count: stressorTree(1, 'L5902–5941'),
          },
          {
            id: 's-professional-development/personal-insecurities/afraid-of-not-delivering-good-care',
            label: {
              nl: 'Bang om geen goede zorg te leveren',
              en: 'Afraid of not delivering good care',
            },
            definition: {
              nl: 'Bang zijn om geen goede zorg te leveren.',
              en: 'Being afraid of not delivering good care.',
            },
            count: stressorTree(4, 'L5902–5941'),
          },
          {
            id: 's-professional-development/personal-insecurities/fear-of-complaints',
            label: { nl: 'Angst voor klachten', en: 'Fear of complaints' },
            definition: { nl: 'Bang zijn voor klachten.', en: 'Being afraid of complaints.' },
            count: stressorTree(3, 'L5902–5941'),
          },
          {
            id: 's-professional-development/personal-insecurities/standing-by-not-allowed',
            label: {
              nl: 'Erbij staan maar niets mogen doen',
              en: 'Standing by but not allowed to do anything',
            },
            definition: {
              nl: 'Erbij staan zonder iets te mogen doen.',
              en: 'Standing by without being allowed to do anything.',
            },
            count: stressorTree(2, 'L5902–5941'),
          },
          {
            id: 's-professional-development/personal-insecurities/no-enthusiasm-for-side-activities',
            label: {
              nl: 'Geen enthousiasme om nevenactiviteiten op te pakken gezien perspectief',
              en: 'No enthusiasm for side activities given the prospects',
            },
            definition: {
              nl: 'Gezien het perspectief geen zin hebben om nevenactiviteiten op te pakken.',
              en: 'No motivation to take up side activities, given the prospects.',
            },
            count: stressorTree(1, 'L5902–5941'),
          },
        ],
      },
      {
        id: 's-professional-development/prospects',
        label: { nl: 'Perspectief', en: 'Prospects' },
        definition: {
          nl: 'Weinig perspectief: inspanning die niet loont, en kwetsbaarheid en concurrentie als chef.',
          en: "Poor prospects: effort that does not pay off, and vulnerability and competition as 'chef'.",
        },
        count: inconsistent(
          stressorTree(5, 'L5942–5956'),
          'Table 8 (L3516) gives n=4; the code tree gives 5.',
        ),
        context: {
          value: 'social',
          flags: ['inconsistent'],
          note: 'Table 8 places it with the social items; the text (L3585–3595) calls job prospects organizational.',
        },
        need: { value: 'autonomy' },
        phases: {
          value: ['junior-specialist'],
          flags: ['analyst'],
          source: 'L2082–2088; L3569–3575',
        },
        children: [
          {
            id: 's-professional-development/prospects/costs-more-than-it-yields',
            label: {
              nl: 'Het kost te veel t.o.v. wat het oplevert',
              en: 'It costs too much for what it yields',
            },
            definition: {
              nl: 'De inspanning weegt niet op tegen wat het oplevert.',
              en: 'The effort outweighs what it yields.',
            },
            count: stressorTree(1, 'L5942–5956'),
          },
          {
            id: 's-professional-development/prospects/no-prospects',
            label: { nl: 'Geen perspectief hebben', en: 'Having no prospects' },
            definition: { nl: 'Geen toekomstperspectief hebben.', en: 'Having no prospects for the future.' },
            count: stressorTree(2, 'L5942–5956'),
          },
          {
            id: 's-professional-development/prospects/vulnerable-as-chef',
            label: { nl: 'Kwetsbaar voelen als chef', en: 'Feeling vulnerable as a "chef"' },
            definition: {
              nl: 'Je kwetsbaar voelen in de positie van chef (de thesis definieert de term niet).',
              en: "Feeling vulnerable in the position of 'chef' (the thesis does not define the term).",
            },
            count: stressorTree(1, 'L5942–5956'),
          },
          {
            id: 's-professional-development/prospects/competition-among-chefs',
            label: { nl: 'Concurrentie onder chefs', en: 'Competition among "chefs"' },
            definition: {
              nl: 'Concurrentie tussen chefs onderling.',
              en: "Competition among 'chefs'.",
            },
            count: stressorTree(1, 'L5942–5956'),
          },
        ],
      },
    ],
  },
];

export const thesisPreset: TaxonomyPreset = {
  id: 'thesis',
  label: {
    nl: 'Thesis: codeboom energiebronnen en stressoren',
    en: 'Thesis: code tree of energy sources and stressors',
  },
  description: {
    nl: 'Thema → subthema → factor uit de drie focusgroepen van de thesis (35 deelnemers); N is het aantal keer genoemd, niet het aantal respondenten. Gemarkeerde waarden zijn reconstructies of eigen inconsistenties van de thesis.',
    en: "Theme → subtheme → factor from the thesis's three focus groups (35 participants); N counts mentions, not respondents. Flagged values are reconstructions or the thesis's own inconsistencies.",
  },
  source:
    'thesis Appendix 5.1 (L5424–5595) and 5.2 (L5608–5956); Tables 7–8 (L3458–3546); ' +
    'thesis-notes §3.2–3.3, §3.9',
  stressorThemes,
  energyThemes,
};
