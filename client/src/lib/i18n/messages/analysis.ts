import { defineMessages } from '../define.ts';

/** The problem-analysis canvas: tagging cards and the views of the same cards. */
export const analysisMessages = defineMessages({
  // View switcher
  'analysis.views': {
    en: 'Show the cards as',
    nl: 'Kaarten tonen als',
  },
  'analysis.view.board': {
    en: 'Free board',
    nl: 'Vrij bord',
  },
  'analysis.view.themes': {
    en: 'By theme',
    nl: 'Per thema',
  },
  'analysis.view.grid': {
    en: 'Need × context',
    nl: 'Behoefte × context',
  },
  'analysis.view.outline': {
    en: 'List',
    nl: 'Lijst',
  },
  'analysis.viewHint.board': {
    en: 'Write first, tag later: one thought per card.',
    nl: 'Eerst schrijven, later labelen: één gedachte per kaart.',
  },
  'analysis.viewHint.themes': {
    en: 'The same cards, grouped by the theme of their code.',
    nl: 'Dezelfde kaarten, gegroepeerd per thema van hun code.',
  },
  'analysis.viewHint.grid': {
    en: 'The analysis grid from the thesis: cards per need and context.',
    nl: 'Het analyseraster uit de scriptie: kaarten per behoefte en context.',
  },
  'analysis.viewHint.outline': {
    en: 'Every card with all its tags in words; easiest with a keyboard or screen reader.',
    nl: 'Elke kaart met al haar labels in woorden; het handigst met toetsenbord of schermlezer.',
  },
  'analysis.summary': {
    en: '{cards} · {untagged} without a code yet',
    nl: '{cards} · {untagged} nog zonder code',
  },
  'analysis.cards.one': {
    en: '1 card',
    nl: '1 kaart',
  },
  'analysis.cards.other': {
    en: '{count} cards',
    nl: '{count} kaarten',
  },
  'analysis.cardWord.one': {
    en: 'card',
    nl: 'kaart',
  },
  'analysis.cardWord.other': {
    en: 'cards',
    nl: 'kaarten',
  },

  // Tags on a card
  'analysis.tags.button': {
    en: 'Tags',
    nl: 'Labels',
  },
  'analysis.tags.list': {
    en: 'Tags of this card',
    nl: 'Labels van deze kaart',
  },
  'analysis.tags.panel': {
    en: 'Tag this card',
    nl: 'Deze kaart labelen',
  },
  'analysis.tags.none': {
    en: 'No tags yet',
    nl: 'Nog geen labels',
  },
  'analysis.tags.close': {
    en: 'Done',
    nl: 'Klaar',
  },
  'analysis.tags.live': {
    en: 'Changes are saved at once and seen by everyone in the group.',
    nl: 'Wijzigingen worden meteen bewaard en zijn zichtbaar voor de hele groep.',
  },

  // Code (theme → subtheme → factor)
  'analysis.code': {
    en: 'Code',
    nl: 'Code',
  },
  'analysis.code.label.stressor': {
    en: 'Code from the stressor tree (theme → subtheme → factor)',
    nl: 'Code uit de stressorboom (thema → subthema → factor)',
  },
  'analysis.code.label.energy': {
    en: 'Code from the energy-source tree (theme → subtheme → factor)',
    nl: 'Code uit de energiebronnenboom (thema → subthema → factor)',
  },
  'analysis.code.search': {
    en: 'Search the codes',
    nl: 'Zoeken in de codes',
  },
  'analysis.code.searchPlaceholder': {
    en: 'e.g. workload',
    nl: 'bijv. werkdruk',
  },
  'analysis.code.none': {
    en: '— no code yet —',
    nl: '— nog geen code —',
  },
  'analysis.code.noMatch': {
    en: 'No code matches “{query}”.',
    nl: 'Geen code gevonden voor ‘{query}’.',
  },
  'analysis.code.matches': {
    en: '{count} codes match.',
    nl: '{count} codes gevonden.',
  },
  'analysis.code.wholeTheme': {
    en: '{label} (whole theme)',
    nl: '{label} (hele thema)',
  },
  'analysis.code.mentions': {
    en: 'n = {count} mentions',
    nl: 'n = {count} vermeldingen',
  },
  'analysis.code.mentionsHint': {
    en: 'How often the topic was mentioned in the source (mentions, not respondents).',
    nl: 'Hoe vaak het onderwerp in de bron werd genoemd (vermeldingen, geen respondenten).',
  },
  'analysis.code.otherTree': {
    en: 'This code comes from the other tree (the card changed lanes). Keep it, or pick one from this tree.',
    nl: 'Deze code komt uit de andere boom (de kaart is van kolom gewisseld). Laat haar staan of kies een code uit deze boom.',
  },
  'analysis.code.removed': {
    en: 'This code is no longer in the taxonomy of this event.',
    nl: 'Deze code staat niet meer in de taxonomie van dit event.',
  },
  'analysis.code.current': {
    en: 'Current: {label}',
    nl: 'Huidige: {label}',
  },
  'analysis.code.note': {
    en: 'Source note (English):',
    nl: 'Toelichting bij de bron (Engels):',
  },

  // Source flags
  'analysis.flag.rebuilt': {
    en: 'rebuilt',
    nl: 'gereconstrueerd',
  },
  'analysis.flag.rebuiltHint': {
    en: 'Reconstructed: this column of the thesis table was lost in extraction and rebuilt from the order of the cells.',
    nl: 'Gereconstrueerd: deze kolom van de tabel in de scriptie ging verloren en is opnieuw opgebouwd uit de volgorde van de cellen.',
  },
  'analysis.flag.analyst': {
    en: 'analyst',
    nl: 'analist',
  },
  'analysis.flag.analystHint': {
    en: 'The analyst’s reading, not a claim of the thesis itself.',
    nl: 'Interpretatie van de analist, geen uitspraak van de scriptie zelf.',
  },
  'analysis.flag.probable': {
    en: 'probable',
    nl: 'waarschijnlijk',
  },
  'analysis.flag.probableHint': {
    en: 'Probable, but the source does not make it certain.',
    nl: 'Waarschijnlijk, maar de bron maakt het niet zeker.',
  },
  'analysis.flag.inconsistent': {
    en: 'inconsistent',
    nl: 'inconsistent',
  },
  'analysis.flag.inconsistentHint': {
    en: 'The thesis gives a different value elsewhere; see the source note.',
    nl: 'De scriptie noemt elders een andere waarde; zie de toelichting bij de bron.',
  },

  // Offer of the code's own context and need
  'analysis.offer.text': {
    en: 'The code tree places this code under:',
    nl: 'De codeboom plaatst deze code bij:',
  },
  'analysis.offer.apply': {
    en: 'Use these tags',
    nl: 'Deze labels overnemen',
  },
  'analysis.offer.applyOne': {
    en: 'Use this tag',
    nl: 'Dit label overnemen',
  },
  'analysis.offer.dismiss': {
    en: 'Not now',
    nl: 'Niet nu',
  },
  'analysis.offer.from': {
    en: 'from “{label}”',
    nl: 'van ‘{label}’',
  },

  // Context, need, career phase, sensitive
  'analysis.context': {
    en: 'Context',
    nl: 'Context',
  },
  'analysis.need': {
    en: 'Need',
    nl: 'Behoefte',
  },
  'analysis.phases': {
    en: 'Career phases',
    nl: 'Loopbaanfasen',
  },
  'analysis.phasesHint': {
    en: 'Tick every phase the card applies to.',
    nl: 'Vink elke fase aan waarvoor de kaart geldt.',
  },
  'analysis.notSet': {
    en: '— not set —',
    nl: '— niet ingevuld —',
  },
  'analysis.sensitive': {
    en: 'Sensitive',
    nl: 'Gevoelig',
  },
  'analysis.sensitiveHint': {
    en: 'A sensitive card stays on this group’s board only: it is never shown on the wall (projector) or in exports.',
    nl: 'Een gevoelige kaart blijft alleen op het bord van deze groep: ze komt nooit op het grote scherm (projector) en nooit in een export.',
  },
  'analysis.sensitiveChip': {
    en: 'Sensitive',
    nl: 'Gevoelig',
  },
  'analysis.sensitiveChipHint': {
    en: 'Never shown on the wall or in exports.',
    nl: 'Nooit op het grote scherm of in een export.',
  },
  'analysis.yes': {
    en: 'yes',
    nl: 'ja',
  },
  'analysis.no': {
    en: 'no',
    nl: 'nee',
  },

  // Clusters by theme
  'analysis.themes.untagged': {
    en: 'Not yet tagged',
    nl: 'Nog niet gelabeld',
  },
  'analysis.themes.untaggedHint': {
    en: 'Open “Tags” on a card to give it a code.',
    nl: 'Open ‘Labels’ op een kaart om er een code aan te geven.',
  },
  'analysis.themes.unknown': {
    en: 'Codes no longer in the taxonomy',
    nl: 'Codes die niet meer in de taxonomie staan',
  },
  'analysis.themes.sourceCount': {
    en: 'source: n = {count} mentions',
    nl: 'bron: n = {count} vermeldingen',
  },
  'analysis.themes.withoutCards': {
    en: 'Themes without cards yet:',
    nl: 'Thema’s nog zonder kaarten:',
  },
  'analysis.themes.empty': {
    en: 'No cards in this lane yet.',
    nl: 'Nog geen kaarten in deze kolom.',
  },

  // Need × context grid
  'analysis.grid.polarity': {
    en: 'Cards',
    nl: 'Kaarten',
  },
  'analysis.grid.phase': {
    en: 'Career phase',
    nl: 'Loopbaanfase',
  },
  'analysis.grid.allPhases': {
    en: 'All phases',
    nl: 'Alle fasen',
  },
  'analysis.grid.caption': {
    en: '{polarity} per need and context · {phase} · {count}',
    nl: '{polarity} per behoefte en context · {phase} · {count}',
  },
  'analysis.grid.corner': {
    en: 'Need \\ context',
    nl: 'Behoefte \\ context',
  },
  'analysis.grid.total': {
    en: 'Total',
    nl: 'Totaal',
  },
  'analysis.grid.empty': {
    en: 'empty',
    nl: 'leeg',
  },
  'analysis.grid.cell': {
    en: '{need} × {context}: {count}',
    nl: '{need} × {context}: {count}',
  },
  'analysis.grid.hint': {
    en: 'A card counts in a phase when it carries that career-phase tag. Open a cell to read its cards.',
    nl: 'Een kaart telt mee in een fase als ze dat loopbaanfaselabel heeft. Open een vak om de kaarten te lezen.',
  },
  'analysis.grid.unplaced': {
    en: 'Not in the grid yet (need or context missing): {count}',
    nl: 'Nog niet in het raster (behoefte of context ontbreekt): {count}',
  },
  'analysis.grid.noText': {
    en: '(no text)',
    nl: '(geen tekst)',
  },

  // Outline
  'analysis.outline.card': {
    en: 'Card {index} of {count}',
    nl: 'Kaart {index} van {count}',
  },
  'analysis.outline.author': {
    en: 'Written by',
    nl: 'Geschreven door',
  },
  'analysis.outline.sensitiveYes': {
    en: 'yes — never on the wall or in exports',
    nl: 'ja — nooit op het grote scherm of in een export',
  },
});
