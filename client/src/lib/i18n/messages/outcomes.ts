import { defineMessages } from '../define.ts';

/**
 * Outcomes of an event: the synthesis across groups (organizer, facilitator, wall), the
 * organizer's exports, and importing an event or loading the demo on /new (outcomes.*).
 */
export const outcomesMessages = defineMessages({
  // -------------------------------------------------------------------------------------
  // Synthesis
  // -------------------------------------------------------------------------------------
  'outcomes.synthesis': { en: 'Synthesis of all groups', nl: 'Synthese van alle groepen' },
  'outcomes.waiting': {
    en: 'Waiting for the synthesis from the server…',
    nl: 'Wachten op de synthese van de server…',
  },
  'outcomes.refresh': { en: 'Refresh synthesis', nl: 'Synthese vernieuwen' },
  'outcomes.untitled': { en: 'Untitled solution', nl: 'Oplossing zonder titel' },
  'outcomes.groups.one': { en: '1 group', nl: '1 groep' },
  'outcomes.groups.other': { en: '{count} groups', nl: '{count} groepen' },
  'outcomes.solutions.one': { en: '1 solution', nl: '1 oplossing' },
  'outcomes.solutions.other': { en: '{count} solutions', nl: '{count} oplossingen' },
  'outcomes.totals.groups': { en: 'groups', nl: 'groepen' },
  'outcomes.totals.cards': { en: 'cards', nl: 'kaartjes' },
  'outcomes.totals.stressors': { en: 'stressors', nl: 'stressoren' },
  'outcomes.totals.energySources': { en: 'energy sources', nl: 'energiebronnen' },
  'outcomes.totals.solutions': { en: 'solutions', nl: 'oplossingen' },
  'outcomes.updated': { en: 'updated {time}', nl: 'bijgewerkt {time}' },

  // a) Level × stressor theme
  'outcomes.matrix.title': {
    en: 'Solutions by intervention level and stressor theme',
    nl: 'Oplossingen per interventieniveau en stressorthema',
  },
  'outcomes.matrix.hint': {
    en: 'Each cell counts the solutions at that level aimed at that theme. Choose a number to see which solutions they are.',
    nl: 'Elke cel telt de oplossingen op dat niveau die op dat thema mikken. Kies een getal om te zien welke oplossingen het zijn.',
  },
  'outcomes.matrix.legend': {
    en: 'Hatched: a gap — no solution yet for this level and theme.',
    nl: 'Gearceerd: een gat — nog geen oplossing voor dit niveau en thema.',
  },
  'outcomes.matrix.corner': { en: 'Level \\ theme', nl: 'Niveau \\ thema' },
  'outcomes.matrix.cell.one': {
    en: '1 solution: {level}, {theme}',
    nl: '1 oplossing: {level}, {theme}',
  },
  'outcomes.matrix.cell.other': {
    en: '{count} solutions: {level}, {theme}',
    nl: '{count} oplossingen: {level}, {theme}',
  },
  'outcomes.matrix.gap': { en: 'gap', nl: 'gat' },
  'outcomes.matrix.none': { en: 'none', nl: 'geen' },
  'outcomes.matrix.details': { en: 'Solutions in the chosen cell', nl: 'Oplossingen in de gekozen cel' },
  'outcomes.matrix.pick': {
    en: 'Choose a number in the table to list its solutions here.',
    nl: 'Kies een getal in de tabel om de oplossingen hier te tonen.',
  },
  'outcomes.matrix.emptyNow': {
    en: 'No solutions here any more: the groups changed them.',
    nl: 'Hier staan geen oplossingen meer: de groepen hebben ze aangepast.',
  },
  'outcomes.matrix.close': { en: 'Close', nl: 'Sluiten' },

  // b) Need × context
  'outcomes.grid.title': {
    en: 'Needs and contexts of the cards',
    nl: 'Behoeften en contexten van de kaartjes',
  },
  'outcomes.grid.phase': { en: 'Career phase', nl: 'Loopbaanfase' },
  'outcomes.grid.allPhases': { en: 'All career phases', nl: 'Alle loopbaanfasen' },
  'outcomes.grid.stressors': { en: 'stressors', nl: 'stressoren' },
  'outcomes.grid.energySources': { en: 'energy sources', nl: 'energiebronnen' },
  'outcomes.grid.caption': {
    en: 'Cards per need and context ({phase}): stressors and energy sources',
    nl: 'Kaartjes per behoefte en context ({phase}): stressoren en energiebronnen',
  },
  'outcomes.grid.corner': { en: 'Need \\ context', nl: 'Behoefte \\ context' },
  'outcomes.grid.noAxes': {
    en: 'This event has no needs or contexts to tag cards with.',
    nl: 'Dit event heeft geen behoeften of contexten om kaartjes mee te taggen.',
  },

  // c) Counts per theme / subtheme / factor
  'outcomes.counts.title': {
    en: 'Mentions per theme, subtheme and factor',
    nl: 'Vermeldingen per thema, subthema en factor',
  },
  'outcomes.counts.note': {
    en: 'n = mentions (cards), not people.',
    nl: 'n = vermeldingen (kaarten), geen personen.',
  },
  'outcomes.counts.showAll': {
    en: 'Also show themes and factors without mentions',
    nl: 'Ook thema’s en factoren zonder vermeldingen tonen',
  },
  'outcomes.counts.stressors': { en: 'Stressors', nl: 'Stressoren' },
  'outcomes.counts.energySources': { en: 'Energy sources', nl: 'Energiebronnen' },
  'outcomes.counts.noneCoded': {
    en: 'No card is coded with a theme yet.',
    nl: 'Nog geen kaartje is met een thema gecodeerd.',
  },
  'outcomes.counts.noCodes': {
    en: 'This event has no themes on this side.',
    nl: 'Dit event heeft aan deze kant geen thema’s.',
  },

  // d) Interventions
  'outcomes.interventions.title': { en: 'Interventions by level', nl: 'Interventies per niveau' },
  'outcomes.interventions.none': { en: 'No solutions yet.', nl: 'Nog geen oplossingen.' },
  'outcomes.interventions.levels': { en: 'Levels', nl: 'Niveaus' },
  'outcomes.interventions.actors': { en: 'Actors', nl: 'Actoren' },
  'outcomes.interventions.domain': { en: 'Domain', nl: 'Domein' },
  'outcomes.interventions.phases': { en: 'Career phases', nl: 'Loopbaanfasen' },
  'outcomes.interventions.targets': { en: 'Stressors targeted', nl: 'Aangepakte stressoren' },
  'outcomes.interventions.noTargets': { en: 'not named yet', nl: 'nog niet genoemd' },
  'outcomes.interventions.cards': { en: 'Linked cards', nl: 'Gekoppelde kaartjes' },
  'outcomes.interventions.evidence': { en: 'Evidence cards', nl: 'Bewijskaarten' },

  // e) Evidence
  'outcomes.evidence.title': { en: 'Evidence used', nl: 'Gebruikt bewijs' },
  'outcomes.evidence.none': {
    en: 'No group has linked evidence yet.',
    nl: 'Nog geen groep heeft bewijs gekoppeld.',
  },
  'outcomes.evidence.libraryError': {
    en: 'The evidence library did not load; reload the page to see the statements.',
    nl: 'De bewijsbibliotheek is niet geladen; herlaad de pagina om de uitspraken te zien.',
  },
  'outcomes.evidence.loading': { en: 'Evidence {id} (loading…)', nl: 'Bewijs {id} (laden…)' },
  'outcomes.evidence.unknown': {
    en: 'Evidence {id} (not in the library)',
    nl: 'Bewijs {id} (niet in de bibliotheek)',
  },
  'outcomes.evidence.use': {
    en: 'Linked to cards: {cards} · solutions: {solutions} · groups: {groups}',
    nl: 'Gekoppeld aan kaartjes: {cards} · oplossingen: {solutions} · groepen: {groups}',
  },

  // -------------------------------------------------------------------------------------
  // Where the synthesis shows
  // -------------------------------------------------------------------------------------
  'outcomes.section': { en: 'Outcomes', nl: 'Resultaten' },
  'outcomes.section.hint': {
    en: 'Download the event’s work, and follow the synthesis as the groups work.',
    nl: 'Download het werk van het event, en volg de synthese terwijl de groepen werken.',
  },
  'outcomes.preview': { en: 'Synthesis (preview)', nl: 'Synthese (voorbeeld)' },
  'outcomes.previewClosed': {
    en: 'The event is closed: this is the synthesis of its final state.',
    nl: 'Het event is afgesloten: dit is de synthese van de eindstand.',
  },
  'outcomes.console.tabs': { en: 'Console views', nl: 'Weergaven van de console' },
  'outcomes.console.run': { en: 'Run the event', nl: 'Event leiden' },
  'outcomes.console.synthesis': { en: 'Synthesis', nl: 'Synthese' },
  'outcomes.wall.toggle': { en: 'Show synthesis', nl: 'Synthese tonen' },

  // -------------------------------------------------------------------------------------
  // Exports (organizer)
  // -------------------------------------------------------------------------------------
  'outcomes.export.title': { en: 'Export', nl: 'Exporteren' },
  'outcomes.export.hint': {
    en: 'Works during the event too. Cards marked sensitive are never exported.',
    nl: 'Werkt ook tijdens het event. Kaartjes die als gevoelig zijn gemarkeerd gaan nooit mee.',
  },
  'outcomes.export.scope': { en: 'What', nl: 'Wat' },
  'outcomes.export.wholeEvent': { en: 'The whole event', nl: 'Het hele event' },
  'outcomes.export.lang': { en: 'Language of the reports', nl: 'Taal van de rapporten' },
  'outcomes.export.anonymous': { en: 'Anonymous (without names)', nl: 'Anoniem (zonder namen)' },
  'outcomes.export.anonymousHint': {
    en: 'Leaves out the names of participants, card authors and commenters.',
    nl: 'Laat de namen van deelnemers, auteurs van kaartjes en reageerders weg.',
  },
  'outcomes.export.semicolon': {
    en: 'CSV with semicolons (Excel with Dutch settings)',
    nl: 'CSV met puntkomma’s (Excel met Nederlandse instellingen)',
  },
  'outcomes.export.formats': { en: 'Download as', nl: 'Downloaden als' },
  'outcomes.export.busy': { en: '{format} …', nl: '{format} …' },
  'outcomes.export.preparing': {
    en: 'preparing… (a PDF takes a few seconds)',
    nl: 'wordt voorbereid… (een pdf duurt een paar seconden)',
  },
  'outcomes.export.received': { en: '{received} received…', nl: '{received} ontvangen…' },
  'outcomes.export.receivedOf': {
    en: '{received} of {total} received ({percent}%)…',
    nl: '{received} van {total} ontvangen ({percent}%)…',
  },
  'outcomes.export.done': {
    en: 'saved as {filename} ({size}); see your downloads.',
    nl: 'opgeslagen als {filename} ({size}); zie je downloads.',
  },
  'outcomes.format.csv': { en: 'CSV', nl: 'CSV' },
  'outcomes.format.json': { en: 'JSON', nl: 'JSON' },
  'outcomes.format.md': { en: 'Markdown', nl: 'Markdown' },
  'outcomes.format.pdf': { en: 'PDF', nl: 'PDF' },
  'outcomes.formatHint.csv': {
    en: 'One row per card and solution, for a spreadsheet.',
    nl: 'Eén rij per kaartje en oplossing, voor een spreadsheet.',
  },
  'outcomes.formatHint.json': {
    en: 'Everything, to archive or to import into another Vonk server.',
    nl: 'Alles, om te bewaren of in een andere Vonk-server te importeren.',
  },
  'outcomes.formatHint.md': {
    en: 'A readable report as text.',
    nl: 'Een leesbaar rapport als tekst.',
  },
  'outcomes.formatHint.pdf': {
    en: 'The report to print or share.',
    nl: 'Het rapport om te printen of te delen.',
  },
  'outcomes.error.export.network': {
    en: 'The download broke off or the server is unreachable. Check the Wi-Fi and try again.',
    nl: 'De download brak af of de server is niet bereikbaar. Controleer de wifi en probeer het opnieuw.',
  },
  'outcomes.error.export.bad-request': {
    en: 'The server refused: {message}. Check the choices above and try again.',
    nl: 'De server weigerde: {message}. Controleer de keuzes hierboven en probeer het opnieuw.',
  },
  'outcomes.error.export.unauthorized': {
    en: 'Not accepted: {message}. Open the organizer link again, then download.',
    nl: 'Niet geaccepteerd: {message}. Open de organisatorlink opnieuw en download dan.',
  },
  'outcomes.error.export.forbidden': {
    en: 'Not allowed: {message}. Only the organizer’s link can export.',
    nl: 'Niet toegestaan: {message}. Alleen met de link van de organisator kun je exporteren.',
  },
  'outcomes.error.export.not-found': {
    en: 'Not found: {message}. Reload the page; the group may have been removed.',
    nl: 'Niet gevonden: {message}. Herlaad de pagina; de groep is misschien verwijderd.',
  },
  'outcomes.error.export.event-closed': {
    en: 'The event is closed: {message}.',
    nl: 'Het event is afgesloten: {message}.',
  },
  'outcomes.error.export.unavailable': {
    en: 'The server cannot make this file right now: {message}. The Markdown report has the same content.',
    nl: 'De server kan dit bestand nu niet maken: {message}. Het Markdown-rapport heeft dezelfde inhoud.',
  },
  'outcomes.error.export.internal': {
    en: 'The server could not make the file ({message}). Try again in a moment, or try another format.',
    nl: 'De server kon het bestand niet maken ({message}). Probeer het zo opnieuw, of kies een ander formaat.',
  },

  // -------------------------------------------------------------------------------------
  // Import and demo (/new)
  // -------------------------------------------------------------------------------------
  'outcomes.start.title': { en: 'Other ways to start', nl: 'Andere manieren om te beginnen' },
  'outcomes.start.hint': {
    en: 'Both use the admin token above and open the new event’s organizer page.',
    nl: 'Beide gebruiken het beheertoken hierboven en openen de organisatorpagina van het nieuwe event.',
  },
  'outcomes.start.needToken': {
    en: 'Enter the admin token above first.',
    nl: 'Vul eerst hierboven het beheertoken in.',
  },
  'outcomes.import.title': { en: 'Import an event from JSON', nl: 'Een event importeren uit JSON' },
  'outcomes.import.file': { en: 'Event file (JSON)', nl: 'Eventbestand (JSON)' },
  'outcomes.import.fileHint': {
    en: 'The JSON export of a Vonk event (vonk-….json). It becomes a new event with new links and codes.',
    nl: 'De JSON-export van een Vonk-event (vonk-….json). Het wordt een nieuw event met nieuwe links en codes.',
  },
  'outcomes.import.submit': { en: 'Import event', nl: 'Event importeren' },
  'outcomes.import.busy': { en: 'Importing…', nl: 'Bezig met importeren…' },
  'outcomes.import.noFile': {
    en: 'Choose the JSON file to import first.',
    nl: 'Kies eerst het JSON-bestand om te importeren.',
  },
  'outcomes.import.tooLarge': {
    en: 'This file is larger than the server accepts ({max}). Check that you chose a Vonk JSON export.',
    nl: 'Dit bestand is groter dan de server accepteert ({max}). Controleer of je een JSON-export van Vonk koos.',
  },
  'outcomes.import.notJson': {
    en: '{name} is not a JSON export. Choose the .json file that Vonk’s export made.',
    nl: '{name} is geen JSON-export. Kies het .json-bestand dat de export van Vonk maakte.',
  },
  'outcomes.import.reading': { en: 'Reading the file…', nl: 'Bestand lezen…' },
  'outcomes.import.uploading': { en: 'Uploading… {sent} sent', nl: 'Uploaden… {sent} verstuurd' },
  'outcomes.import.uploadingOf': { en: 'Uploading… {percent}%', nl: 'Uploaden… {percent}%' },
  'outcomes.import.restoring': {
    en: 'Uploaded; the server is checking and restoring the event…',
    nl: 'Geüpload; de server controleert en herstelt het event…',
  },
  'outcomes.demo.title': {
    en: 'Load the hackathon demo (six groups from the thesis)',
    nl: 'De hackathondemo laden (zes groepen uit de scriptie)',
  },
  'outcomes.demo.hint': {
    en: 'A new event filled with the six groups’ cards and solutions, to try the synthesis and the exports.',
    nl: 'Een nieuw event met de kaartjes en oplossingen van de zes groepen, om de synthese en de exports uit te proberen.',
  },
  'outcomes.demo.submit': { en: 'Load the demo', nl: 'Demo laden' },
  'outcomes.demo.busy': { en: 'Loading the demo…', nl: 'Demo laden…' },
  'outcomes.error.start.network': {
    en: 'Cannot reach the Vonk server. Check the Wi-Fi and try again.',
    nl: 'De Vonk-server is niet bereikbaar. Controleer de wifi en probeer het opnieuw.',
  },
  'outcomes.error.start.bad-request': {
    en: 'The server refused the file: {message}. Check that it is an unchanged Vonk JSON export.',
    nl: 'De server weigerde het bestand: {message}. Controleer of het een ongewijzigde JSON-export van Vonk is.',
  },
  'outcomes.error.start.unauthorized': {
    en: 'The admin token was not accepted ({message}). Check it: it is in DATA_DIR/admin-token on the server.',
    nl: 'Het beheertoken werd niet geaccepteerd ({message}). Controleer het: het staat in DATA_DIR/admin-token op de server.',
  },
  'outcomes.error.start.not-found': {
    en: 'This server cannot do that yet ({message}). Update Vonk on the server, or create the event above.',
    nl: 'Deze server kan dat nog niet ({message}). Werk Vonk op de server bij, of maak het event hierboven aan.',
  },
  'outcomes.error.start.payload-too-large': {
    en: 'The file is too large for the server ({message}). Check that you chose a Vonk JSON export.',
    nl: 'Het bestand is te groot voor de server ({message}). Controleer of je een JSON-export van Vonk koos.',
  },
  'outcomes.error.start.internal': {
    en: 'Something went wrong on the server ({message}). Try again in a moment.',
    nl: 'Er ging iets mis op de server ({message}). Probeer het zo opnieuw.',
  },
});
