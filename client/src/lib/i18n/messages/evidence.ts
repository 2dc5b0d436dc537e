import { defineMessages } from '../define.ts';

/**
 * The evidence library tab and the evidence chip. Counts from open answers are mentions
 * ("vermeldingen"), never percentages; the figure formats below are used by
 * lib/evidenceSearch.ts, which picks the language itself (it is plain TypeScript).
 */
export const evidenceMessages = defineMessages({
  'evidence.heading': {
    en: 'Evidence library',
    nl: 'Onderbouwing uit onderzoek',
  },
  'evidence.intro': {
    en: 'Facts from the surveys and reports. Link them to your analysis cards and solutions with “Link to…”.',
    nl: 'Feiten uit de enquêtes en rapporten. Koppel ze met ‘Koppelen aan…’ aan je analysekaarten en oplossingen.',
  },
  'evidence.introReadOnly': {
    en: 'Facts from the surveys and reports, and where this group has linked them.',
    nl: 'Feiten uit de enquêtes en rapporten, en waar deze groep ze heeft gekoppeld.',
  },
  'evidence.loading': {
    en: 'Loading the evidence library…',
    nl: 'De onderbouwing wordt geladen…',
  },
  'evidence.loadError': {
    en: 'Could not load the evidence library. Check the connection and try again.',
    nl: 'De onderbouwing kon niet worden geladen. Controleer de verbinding en probeer het opnieuw.',
  },
  'evidence.retry': {
    en: 'Try again',
    nl: 'Opnieuw proberen',
  },

  // Search and filters
  'evidence.filters': {
    en: 'Search and filter',
    nl: 'Zoeken en filteren',
  },
  'evidence.search': {
    en: 'Search',
    nl: 'Zoeken',
  },
  'evidence.searchPlaceholder': {
    en: 'e.g. administratie, shifts',
    nl: 'bijv. administratie, diensten',
  },
  'evidence.searchHint': {
    en: 'Searches the Dutch and English text, the population and the source.',
    nl: 'Zoekt in de Nederlandse en Engelse tekst, de populatie en de bron.',
  },
  'evidence.category': {
    en: 'Stressor or energy source',
    nl: 'Stressor of energiebron',
  },
  'evidence.category.all': {
    en: 'All categories',
    nl: 'Alle categorieën',
  },
  'evidence.category.stressors': {
    en: 'Stressors',
    nl: 'Stressoren',
  },
  'evidence.category.energy': {
    en: 'Energy sources',
    nl: 'Energiebronnen',
  },
  'evidence.phase': {
    en: 'Career phase',
    nl: 'Loopbaanfase',
  },
  'evidence.phase.all': {
    en: 'All career phases',
    nl: 'Alle loopbaanfasen',
  },
  'evidence.kind': {
    en: 'Kind of evidence',
    nl: 'Soort onderbouwing',
  },
  'evidence.kind.all': {
    en: 'All kinds',
    nl: 'Alle soorten',
  },
  'evidence.kind.quantitative': {
    en: 'Figures (surveys and reports)',
    nl: 'Cijfers (enquêtes en rapporten)',
  },
  'evidence.kind.mentions': {
    en: 'Mentions in open answers',
    nl: 'Vermeldingen in open antwoorden',
  },
  'evidence.kind.qualitative': {
    en: 'Focus groups and other qualitative findings',
    nl: 'Focusgroepen en andere kwalitatieve bevindingen',
  },
  'evidence.kindShort.quantitative': {
    en: 'Figures',
    nl: 'Cijfers',
  },
  'evidence.kindShort.mentions': {
    en: 'Mentions',
    nl: 'Vermeldingen',
  },
  'evidence.kindShort.qualitative': {
    en: 'Qualitative',
    nl: 'Kwalitatief',
  },
  'evidence.optionCount': {
    en: '{label} ({count})',
    nl: '{label} ({count})',
  },
  'evidence.count': {
    en: '{shown} of {total} evidence cards',
    nl: '{shown} van {total} kaarten met onderbouwing',
  },
  'evidence.countAll': {
    en: 'All {total} evidence cards',
    nl: 'Alle {total} kaarten met onderbouwing',
  },
  'evidence.clearFilters': {
    en: 'Clear search and filters',
    nl: 'Zoeken en filters wissen',
  },
  'evidence.noResults': {
    en: 'No evidence matches. Try fewer words, or clear the search and filters.',
    nl: 'Geen onderbouwing gevonden. Probeer minder woorden, of wis het zoeken en de filters.',
  },
  'evidence.results': {
    en: 'Results',
    nl: 'Resultaten',
  },

  // One evidence card
  'evidence.figures': {
    en: 'Figures',
    nl: 'Cijfers',
  },
  'evidence.population': {
    en: 'Population',
    nl: 'Populatie',
  },
  'evidence.n': {
    en: 'N = {n}',
    nl: 'N = {n}',
  },
  'evidence.nNotGiven': {
    en: 'N not given',
    nl: 'N niet vermeld',
  },
  'evidence.source': {
    en: 'Source',
    nl: 'Bron',
  },
  'evidence.document': {
    en: 'document {id}',
    nl: 'document {id}',
  },
  'evidence.location': {
    en: 'Table / lines',
    nl: 'Tabel / regel',
  },
  'evidence.categories': {
    en: 'Categories',
    nl: 'Categorieën',
  },
  'evidence.phases': {
    en: 'Career phases',
    nl: 'Loopbaanfasen',
  },
  'evidence.mentionsNote': {
    en: 'Counts are mentions in open answers, not percentages.',
    nl: 'Aantallen zijn vermeldingen in open antwoorden, geen percentages.',
  },
  'evidence.flagName.analyst': {
    en: 'analyst',
    nl: 'analist',
  },
  'evidence.flagName.inconsistent': {
    en: 'inconsistent',
    nl: 'inconsistent',
  },
  'evidence.flagName.rebuilt': {
    en: 'rebuilt',
    nl: 'gereconstrueerd',
  },
  'evidence.flagName.probable': {
    en: 'probable',
    nl: 'waarschijnlijk',
  },
  'evidence.flag.analyst': {
    en: 'An analyst’s reading: the notes infer this; the source does not say it in so many words.',
    nl: 'Lezing van de analist: de notities leiden dit af; de bron zegt het niet letterlijk.',
  },
  'evidence.flag.inconsistent': {
    en: 'The source contradicts itself here; the statement says how.',
    nl: 'De bron spreekt zichzelf hier tegen; de tekst zegt hoe.',
  },
  'evidence.flag.rebuilt': {
    en: 'A reconstructed value, not printed as such in the source.',
    nl: 'Een gereconstrueerde waarde, niet zo afgedrukt in de bron.',
  },
  'evidence.flag.probable': {
    en: 'A probable reading of the source, not a certain one.',
    nl: 'Een waarschijnlijke lezing van de bron, geen zekere.',
  },

  // Figures (lib/evidenceSearch.ts formats the number; percentages use Intl)
  'evidence.figure.mention': {
    en: '{value} mention',
    nl: '{value} vermelding',
  },
  'evidence.figure.mentions': {
    en: '{value} mentions',
    nl: '{value} vermeldingen',
  },
  'evidence.figure.mean': {
    en: 'mean {value}',
    nl: 'gemiddeld {value}',
  },
  'evidence.figure.hour': {
    en: '{value} hour',
    nl: '{value} uur',
  },
  'evidence.figure.hours': {
    en: '{value} hours',
    nl: '{value} uur',
  },
  'evidence.figure.score': {
    en: 'score {value}',
    nl: 'score {value}',
  },

  // Linking
  'evidence.link': {
    en: 'Link to…',
    nl: 'Koppelen aan…',
  },
  'evidence.linkLabel': {
    en: 'Link this evidence to an analysis card or a solution',
    nl: 'Koppel deze onderbouwing aan een analysekaart of een oplossing',
  },
  'evidence.link.stressors': {
    en: 'Analysis: stressors',
    nl: 'Analyse: stressoren',
  },
  'evidence.link.energy': {
    en: 'Analysis: energy sources',
    nl: 'Analyse: energiebronnen',
  },
  'evidence.link.solutions': {
    en: 'Solutions',
    nl: 'Oplossingen',
  },
  'evidence.link.nothing': {
    en: 'No analysis cards or solutions yet',
    nl: 'Nog geen analysekaarten of oplossingen',
  },
  'evidence.link.already': {
    en: '{target} (linked)',
    nl: '{target} (gekoppeld)',
  },
  'evidence.emptyCard': {
    en: '(empty card)',
    nl: '(lege kaart)',
  },
  'evidence.untitledSolution': {
    en: 'untitled solution',
    nl: 'oplossing zonder titel',
  },
  'evidence.target.card': {
    en: 'Card “{text}”',
    nl: 'Kaart ‘{text}’',
  },
  'evidence.target.solution': {
    en: 'Solution “{title}”',
    nl: 'Oplossing ‘{title}’',
  },
  'evidence.target.untitled': {
    en: 'Untitled solution',
    nl: 'Oplossing zonder titel',
  },
  'evidence.linkedTo': {
    en: 'Linked to',
    nl: 'Gekoppeld aan',
  },
  'evidence.unlink': {
    en: 'Unlink',
    nl: 'Ontkoppelen',
  },
  'evidence.unlinkLabel': {
    en: 'Remove the link with {target}',
    nl: 'Koppeling met {target} verwijderen',
  },
  'evidence.announce.linked': {
    en: 'Linked to {target}.',
    nl: 'Gekoppeld aan {target}.',
  },
  'evidence.announce.unlinked': {
    en: 'Link with {target} removed.',
    nl: 'Koppeling met {target} verwijderd.',
  },
  'evidence.dragHint': {
    en: 'Drag onto an analysis card or a solution to link it',
    nl: 'Sleep naar een analysekaart of oplossing om te koppelen',
  },

  // Linked in this group
  'evidence.linkedSection': {
    en: 'Linked in this group',
    nl: 'Gekoppeld in deze groep',
  },
  'evidence.linkedNone': {
    en: 'Nothing linked yet. Use “Link to…” on an evidence card.',
    nl: 'Nog niets gekoppeld. Kies ‘Koppelen aan…’ bij een kaart.',
  },
  'evidence.showInLibrary': {
    en: 'Show in the library',
    nl: 'Toon in de lijst',
  },

  // Evidence chip
  'evidence.chip.unknown': {
    en: '{id} (not in the library)',
    nl: '{id} (niet in de bibliotheek)',
  },
  'evidence.chip.loading': {
    en: '{id} (loading…)',
    nl: '{id} (laden…)',
  },
});
