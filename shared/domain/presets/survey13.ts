/**
 * The alternative taxonomy: the 13 stressor categories (S1–S13) and 9 energy sources (E1–E9)
 * that survey-notes.md §4.3–4.4 merge from documents 001–004. Labels are copied from those
 * tables; the categories carry no counts because the notes give none.
 *
 * CodeNode has no citation field, so the evidence behind each category (the table's
 * document columns) is exported separately as `survey13Sources`, keyed by node id.
 */
import type { CodeNode, TaxonomyPreset } from '../types.ts';

const stressorThemes: CodeNode[] = [
  {
    id: 'S1',
    label: { nl: 'Werkdruk en personeelstekort', en: 'Workload and staffing' },
    definition: {
      nl: 'Te veel werk voor te weinig mensen: hoeveelheid werk, personeelstekort, lange werkdagen en stress.',
      en: 'Too much work for too few people: amount of work, staff shortage, long working days and stress.',
    },
  },
  {
    id: 'S2',
    label: {
      nl: 'Administratieve lasten en regeldruk',
      en: 'Administrative and regulatory burden',
    },
    definition: {
      nl: 'Administratie, epd-werk en overdreven regelgeving die tijd van de patiëntenzorg afnemen.',
      en: 'Administration, EHR work and over-regulation that take time away from patient care.',
    },
  },
  {
    id: 'S3',
    label: {
      nl: 'Werktijden, diensten (ANW) en roosters',
      en: 'Working hours, shifts and schedules',
    },
    definition: {
      nl: 'Werktijden, avond-, nacht- en weekenddiensten, roosters en arbeidstijdregels.',
      en: 'Working hours, evening, night and weekend shifts, rosters and working-time rules.',
    },
  },
  {
    id: 'S4',
    label: { nl: 'Werk-privébalans en levensfase', en: 'Work–life balance and life phase' },
    definition: {
      nl: 'Werk combineren met privéleven en levensfase: gezin, tijd voor privé, gewerkte tegenover gewenste uren.',
      en: 'Combining work with private life and life phase: family, private time, hours worked against hours preferred.',
    },
  },
  {
    id: 'S5',
    label: {
      nl: 'Begeleiding, supervisie en leerklimaat',
      en: 'Supervision, guidance and learning climate',
    },
    definition: {
      nl: 'Begeleiding, supervisie en coaching, loopbaanondersteuning en de kwaliteit van de leeromgeving.',
      en: 'Guidance, supervision and coaching, career support and the quality of the learning environment.',
    },
  },
  {
    id: 'S6',
    label: {
      nl: 'Werkcultuur, onderlinge verhoudingen en (sociale) veiligheid',
      en: 'Culture, relationships and psychological safety',
    },
    definition: {
      nl: 'Werkcultuur, onderlinge verhoudingen, sociale onveiligheid, toxisch leiderschap en gebrek aan collegialiteit.',
      en: 'Work culture, relationships at work, social unsafety, toxic leadership and lack of collegiality.',
    },
  },
  {
    id: 'S7',
    label: { nl: 'Autonomie, eigen regie, inspraak', en: 'Autonomy, voice and influence' },
    definition: {
      nl: 'Vrijheid en autonomie in het werk, en een stem in veranderingen en beleid van afdeling en ziekenhuis.',
      en: 'Freedom and autonomy in the work, and a voice in change and policy of department and hospital.',
    },
  },
  {
    id: 'S8',
    label: {
      nl: 'Loopbaanperspectief en onzekerheid (opleidingsplek, vaste baan)',
      en: 'Career perspective and uncertainty',
    },
    definition: {
      nl: 'Onzekerheid over een opleidingsplek of vaste baan, loopbaankeuzes en het baanperspectief.',
      en: 'Uncertainty about a training post or permanent job, career choices and the job perspective.',
    },
  },
  {
    id: 'S9',
    label: {
      nl: 'Waardering, erkenning en arbeidsvoorwaarden',
      en: 'Recognition, reward and terms of employment',
    },
    definition: {
      nl: 'Waardering en erkenning, beloning en arbeidsvoorwaarden, en dalend respect voor zorgverleners.',
      en: 'Appreciation and recognition, pay and terms of employment, and declining respect for care providers.',
    },
  },
  {
    id: 'S10',
    label: {
      nl: 'Verantwoordelijkheid en emotionele belasting',
      en: 'Responsibility and emotional load',
    },
    definition: {
      nl: 'Zware verantwoordelijkheid, ook met weinig ervaring, en emotioneel belastende zorg.',
      en: 'Heavy responsibility, also with little experience, and emotionally burdensome care.',
    },
  },
  {
    id: 'S11',
    label: {
      nl: 'Maatschappelijke druk: agressie, consumentisme, beeldvorming',
      en: 'Patient and societal pressures (aggression, consumerism, media)',
    },
    definition: {
      nl: 'Agressie tegen zorgverleners, consumentisme in de zorg, onrealistische verwachtingen en beeldvorming in de media.',
      en: 'Aggression against care providers, consumerism in care, unrealistic expectations and media framing.',
    },
  },
  {
    id: 'S12',
    label: {
      nl: 'Zorgstelsel en beleid',
      en: 'Health-system and policy context (demand, funding, regulation, fragmentation)',
    },
    definition: {
      nl: 'Stijgende zorgvraag, financiering en vergoedingen, regelgeving en versnippering van het zorgstelsel.',
      en: 'Rising demand for care, funding and reimbursement, regulation and fragmentation of the care system.',
    },
  },
  {
    id: 'S13',
    label: {
      nl: 'Stigma en drempels om hulp te zoeken',
      en: 'Stigma and barriers to help-seeking',
    },
    definition: {
      nl: 'Stigma rond mentale gezondheid en het taboe dat zorgprofessionals ervan weerhoudt hulp te zoeken.',
      en: 'Stigma around mental health and the taboo that keeps professionals from seeking help.',
    },
  },
];

const energyThemes: CodeNode[] = [
  {
    id: 'E1',
    label: { nl: 'Contact met patiënten', en: 'Patient contact and continuity' },
    definition: {
      nl: 'Energie uit contact met patiënten en uit een patiënt van A tot Z volgen.',
      en: 'Energy from contact with patients and from following a patient from A to Z.',
    },
  },
  {
    id: 'E2',
    label: { nl: "Samenwerken met collega's", en: 'Working with colleagues and teamwork' },
    definition: {
      nl: "Energie uit samenwerken met collega's in teamverband.",
      en: 'Energy from working together with colleagues as a team.',
    },
  },
  {
    id: 'E3',
    label: { nl: 'Positieve werksfeer', en: 'Positive work atmosphere and culture' },
    definition: {
      nl: 'Een positieve werksfeer en een open cultuur waarin werkdruk en fouten bespreekbaar zijn.',
      en: 'A positive atmosphere and an open culture in which workload and mistakes can be discussed.',
    },
  },
  {
    id: 'E4',
    label: { nl: 'Variatie in werkzaamheden', en: 'Variety in the work' },
    definition: {
      nl: 'Afwisseling in taken en werkzaamheden.',
      en: 'Variety in tasks and activities.',
    },
  },
  {
    id: 'E5',
    label: {
      nl: 'Eigen regie en verantwoordelijkheid',
      en: 'Own direction, autonomy and responsibility',
    },
    definition: {
      nl: 'Zelf richting geven aan het werk en er verantwoordelijkheid voor dragen.',
      en: 'Directing your own work and carrying responsibility for it.',
    },
  },
  {
    id: 'E6',
    label: {
      nl: 'Ruimte voor persoonlijke ontwikkeling, leren',
      en: 'Personal development and learning',
    },
    definition: {
      nl: 'Ruimte voor persoonlijke ontwikkeling en leren in de praktijk, ook door mee te kijken.',
      en: 'Room for personal development and learning on the job, including by watching others.',
    },
  },
  {
    id: 'E7',
    label: {
      nl: 'Van betekenis zijn, maatschappelijke betrokkenheid',
      en: 'Meaning and societal contribution',
    },
    definition: {
      nl: 'Van betekenis willen zijn voor patiënten en de samenleving; willen helpen en genezen.',
      en: 'Wanting to matter to patients and society; wanting to help and cure.',
    },
  },
  {
    id: 'E8',
    label: { nl: 'Inhoudelijke uitdaging', en: 'Intellectual challenge' },
    definition: {
      nl: 'Inhoudelijk uitdagend en interessant werk.',
      en: 'Intellectually challenging and interesting work.',
    },
  },
  {
    id: 'E9',
    label: {
      nl: 'Invloed, bijdragen aan verbetering/innovatie',
      en: 'Voice and contributing to improvements',
    },
    definition: {
      nl: 'Invloed hebben en bijdragen aan verbetering en innovatie van de zorg (ICT, protocollen, commissies).',
      en: 'Having influence and contributing to improvement and innovation in care (ICT, protocols, committees).',
    },
  },
];

/**
 * The evidence columns of survey-notes §4.3 (per document 001–004) and §4.4, as the notes
 * cite them: "002 Q11" is an evidence card of §2.2, "X04" one of §2.3, lines are "doc L…".
 */
export const survey13Sources: Readonly<Record<string, string>> = {
  S1: "survey-notes §4.3; 001 L33, L53-54, L44-45; 002 Q07, Q12, Q14, X04; 003 Tabel 1 'Te hoge werklast', L22-28, L175, L184; 004 L21, L23, L30, L54",
  S2: "survey-notes §4.3; 001 L86-102, L125-128; 002 Q11 (64%), Q32, X02; 003 L95-126, Tabel 1 'Overdreven regulering…'; 004 L21, L52-54",
  S3: 'survey-notes §4.3; 001 L10-11; 002 Q06, Q14, Q27, Q33, Q42, X01, X03, X12; 003 L45-59, L82-86; 004 L52',
  S4: 'survey-notes §4.3; 001 L11-12, L28-42; 002 Q13, Q17, Q37, Q46 (68%), X06, X07, X10; 003 L39-43; 004 L23',
  S5: "survey-notes §4.3; 001 L152-216; 002 Q15, Q34, Q38, Q48; 003 L45-93, L209-228, Tabel 1 'leeromgeving'; 004 L38 ('weinig organisatorische ondersteuning')",
  S6: 'survey-notes §4.3; 001 L50-60, L112-114; 002 Q16, Q35, Q48, X05, X09; 003 Tabel 1: Just Culture, toxic leadership, collegiality, discrimination; 004 – (peer support L56)',
  S7: "survey-notes §4.3; 001 L243-269; 002 Q05, Q23, X03, X08; 003 L53-56, L166-168, L259-262, Tabel 1 'Geen stem…', 'Gebrek aan flexibiliteit en autonomie'; 004 L60 (autonomy as an outcome of coaching)",
  S8: 'survey-notes §4.3; 001 L12-13, L271-276; 002 Q18-Q21, Q24-Q26, Q29, Q36, Q39, Q41, Q44, Q47, Q49, X01, X05; 003 L61-74 (training time); 004 –',
  S9: "survey-notes §4.3; 001 –; 002 Q06, Q15, Q30, Q34, Q47, X02, X03; 003 L241-251 (generalisation, distrust), Tabel 1 'Dalend respect voor zorgverleners' (L289); 004 L54, L80 ('passende financiële waardering')",
  S10: 'survey-notes §4.3; 001 L51-52, L121-123; 002 X01, X02, X04; 003 L63-68, L259; 004 L23, L56',
  S11: "survey-notes §4.3; 001 –; 002 X01, X03; 003 L170-185, L230-254, Tabel 1 'Maatschappelijke factoren'; 004 –",
  S12: "survey-notes §4.3; 001 L98-104, L153-156; 002 X03 ('Systeemproblemen', L1837); 003 L14-28, L128-168, Tabel 1 'Gezondheidssysteem'; 004 L30-34, L54",
  S13: "survey-notes §4.3; 001 –; 002 focus-group 'taboe' on leaving medicine (002:L2968-2969); 003 Tabel 1 'Het stigma van mentale gezondheid'; 004 L66",
  E1: 'survey-notes §4.4; 002 Q08 (72%), Q31, X09; 003:L1-7, L87-93',
  E2: 'survey-notes §4.4; 002 Q09 (70%), Q31; 001:L157-170',
  E3: 'survey-notes §4.4; 002 Q09 (71%), Q28, Q43; 001:L59-60',
  E4: 'survey-notes §4.4; 002 Q10 (54%)',
  E5: 'survey-notes §4.4; 002 Q10 (50%); 002:L2983, L3234',
  E6: 'survey-notes §4.4; 002 Q10 (37%); 003:L63-65; 002:L1227',
  E7: 'survey-notes §4.4; 002 Q03 (72%), Q04; 003:L1-7',
  E8: 'survey-notes §4.4; 002 Q04 (7.8); 002:L1225, L1284',
  E9: "survey-notes §4.4; 001:L243-269; 002:L1289 ('Bijdrage (innovatie) zorg', 8)",
};

export const survey13Preset: TaxonomyPreset = {
  id: 'survey13',
  label: {
    nl: '13 stressorcategorieën (surveys en literatuur)',
    en: '13 stressor categories (surveys and literature)',
  },
  description: {
    nl: "Dertien stressorcategorieën en negen energiebronnen, samengevoegd uit de documenten 001–004 (twee enquêtes onder jonge artsen, een inleiding over werken en opleiden in het ziekenhuis, en 'Zorgen voor de Zorg'); zonder aantallen.",
    en: "Thirteen stressor categories and nine energy sources merged from documents 001–004 (two surveys of young doctors, an introduction on working and training in hospitals, and 'Zorgen voor de Zorg'); without counts.",
  },
  source: 'survey-notes §4.3 (S1–S13) and §4.4 (E1–E9), documents 001–004',
  stressorThemes,
  energyThemes,
};
