import { defineMessages } from '../define.ts';

export const solutionsMessages = defineMessages({
  'solutions.list': { en: 'Solutions of this group', nl: 'Oplossingen van deze groep' },
  'solutions.new': { en: 'New solution', nl: 'Nieuwe oplossing' },
  'solutions.empty': {
    en: 'No solutions yet. Start one from a hackathon template or a blank canvas.',
    nl: 'Nog geen oplossingen. Begin met een sjabloon van de hackathon of een leeg canvas.',
  },
  'solutions.untitled': { en: 'Untitled solution', nl: 'Naamloze oplossing' },
  'solutions.percentComplete': { en: '{percent}% complete', nl: '{percent}% ingevuld' },
  'solutions.readOnly': {
    en: 'You can read these canvases but not change them.',
    nl: 'Je kunt deze canvassen lezen, maar niet wijzigen.',
  },
  'solutions.editor': { en: 'Solution canvas', nl: 'Oplossingscanvas' },

  'solutions.picker.title': { en: 'Start a new solution', nl: 'Nieuwe oplossing beginnen' },
  'solutions.picker.intro': {
    en: 'A template gives you the structure and the questions of one of the six hackathon groups — never their answers. Your group fills it in.',
    nl: 'Een sjabloon geeft je de structuur en de vragen van een van de zes hackathongroepen — nooit hun antwoorden. Jullie vullen het zelf in.',
  },
  'solutions.picker.cancel': { en: 'Cancel', nl: 'Annuleren' },
  'solutions.template.blankOrigin': {
    en: 'An empty canvas with the general questions.',
    nl: 'Een leeg canvas met de algemene vragen.',
  },
  'solutions.template.origin': {
    en: 'Hackathon group {number}: “{title}”',
    nl: 'Hackathongroep {number}: ‘{title}’',
  },
  'solutions.template.source': { en: 'Source: {source}', nl: 'Bron: {source}' },
  'solutions.template.costItems': {
    en: 'Cost items to fill in: {items}',
    nl: 'Kostenposten om in te vullen: {items}',
  },
  'solutions.template.label': { en: 'Template: {name}', nl: 'Sjabloon: {name}' },

  'solutions.mode': { en: 'Show as', nl: 'Weergave' },
  'solutions.mode.canvas': { en: 'Canvas', nl: 'Canvas' },
  'solutions.mode.outline': { en: 'Outline (text)', nl: 'Overzicht (tekst)' },
  'solutions.delete': { en: 'Delete solution', nl: 'Oplossing verwijderen' },
  'solutions.deleteConfirm': {
    en: 'Delete “{title}” for everyone in the group?',
    nl: '‘{title}’ voor de hele groep verwijderen?',
  },

  'solutions.field.title': { en: 'Title and slogan', nl: 'Titel en slogan' },
  'solutions.field.careerPhases': { en: 'Target career phases', nl: 'Loopbaanfasen (doelgroep)' },
  'solutions.field.stressors': { en: 'Stressors addressed', nl: 'Aangepakte stressoren' },
  'solutions.field.levels': { en: 'Intervention levels', nl: 'Interventieniveaus' },
  'solutions.field.domain': { en: 'Intervention domain', nl: 'Domein' },
  'solutions.field.actors': { en: 'Actors: whose move is it?', nl: 'Actoren: wie is aan zet?' },
  'solutions.field.what': { en: 'What: components', nl: 'Wat: onderdelen' },
  'solutions.field.how': { en: 'How: stages and timeline', nl: 'Hoe: stappen en tijdlijn' },
  'solutions.field.costs': { en: 'Costs and feasibility', nl: 'Kosten en haalbaarheid' },
  'solutions.field.risks': { en: 'Risks', nl: 'Risico’s' },
  'solutions.field.evidence': { en: 'Evidence', nl: 'Onderbouwing' },
  'solutions.field.status': { en: 'Status', nl: 'Status' },

  'solutions.status.idea': { en: 'Idea', nl: 'Idee' },
  'solutions.status.pilot': { en: 'Pilot', nl: 'Pilot' },
  'solutions.status.implemented': { en: 'Implemented', nl: 'Geïmplementeerd' },

  'solutions.levels.none': {
    en: 'No level chosen: not yet assigned.',
    nl: 'Geen niveau gekozen: nog niet toegekend.',
  },
  'solutions.domain.none': { en: 'Not chosen yet', nl: 'Nog niet gekozen' },
  'solutions.extension': { en: 'extension', nl: 'uitbreiding' },
  'solutions.extensionTitle': {
    en: 'An extension, not one of the three domains of ‘Zorgen voor de Zorg’',
    nl: 'Een uitbreiding, geen van de drie domeinen van ‘Zorgen voor de Zorg’',
  },
  'solutions.suggested': { en: 'The template suggests:', nl: 'Het sjabloon stelt voor:' },
  'solutions.suggestion.add': { en: 'Use suggestion: {name}', nl: 'Suggestie overnemen: {name}' },
  'solutions.components': {
    en: 'Starting points from the template: {items}',
    nl: 'Aanknopingspunten uit het sjabloon: {items}',
  },
  'solutions.stages': { en: 'Stages from the template: {items}', nl: 'Fasen uit het sjabloon: {items}' },
  'solutions.remove': { en: 'Remove {name}', nl: '{name} verwijderen' },

  'solutions.stressors.cards': {
    en: 'Stressor cards from your problem analysis',
    nl: 'Stressorkaarten uit jullie knelpuntenanalyse',
  },
  'solutions.stressors.noCards': {
    en: 'Your problem analysis has no stressor cards yet.',
    nl: 'Jullie knelpuntenanalyse heeft nog geen stressorkaarten.',
  },
  'solutions.stressors.emptyCard': { en: '(empty card)', nl: '(lege kaart)' },
  'solutions.stressors.deletedCard': {
    en: 'A card that is no longer on the board',
    nl: 'Een kaart die niet meer op het bord staat',
  },
  'solutions.stressors.codes': {
    en: 'Stressor codes from the taxonomy (optional)',
    nl: 'Stressorcodes uit de taxonomie (optioneel)',
  },
  'solutions.stressors.codeSelect': { en: 'Stressor code to add', nl: 'Stressorcode om toe te voegen' },
  'solutions.stressors.pickCode': { en: 'Choose a code…', nl: 'Kies een code…' },
  'solutions.stressors.addCode': { en: 'Add code', nl: 'Code toevoegen' },

  'solutions.costs.item': { en: 'Item', nl: 'Post' },
  'solutions.costs.quantity': { en: 'Quantity', nl: 'Aantal' },
  'solutions.costs.unit': { en: 'Unit cost (€)', nl: 'Kosten per eenheid (€)' },
  'solutions.costs.rowTotal': { en: 'Total', nl: 'Totaal' },
  'solutions.costs.actions': { en: 'Delete', nl: 'Verwijderen' },
  'solutions.costs.rowName': { en: 'row {row}', nl: 'rij {row}' },
  'solutions.costs.itemOf': { en: 'Item, row {row}', nl: 'Post, rij {row}' },
  'solutions.costs.quantityOf': { en: 'Quantity for {item}', nl: 'Aantal voor {item}' },
  'solutions.costs.unitOf': {
    en: 'Unit cost in euros for {item}',
    nl: 'Kosten per eenheid in euro voor {item}',
  },
  'solutions.costs.deleteRow': { en: 'Delete {item}', nl: '{item} verwijderen' },
  'solutions.costs.rowIncomplete': {
    en: 'not yet complete',
    nl: 'nog niet compleet',
  },
  'solutions.costs.add': { en: 'Add row', nl: 'Rij toevoegen' },
  'solutions.costs.noRows': { en: 'No cost items yet.', nl: 'Nog geen kostenposten.' },
  'solutions.costs.total': { en: 'Total costs', nl: 'Totale kosten' },
  'solutions.costs.incompleteRow': {
    en: '1 row still lacks a quantity or unit cost and is not counted.',
    nl: '1 rij mist nog een aantal of kosten per eenheid en telt niet mee.',
  },
  'solutions.costs.incompleteRows': {
    en: '{count} rows still lack a quantity or unit cost and are not counted.',
    nl: '{count} rijen missen nog een aantal of kosten per eenheid en tellen niet mee.',
  },
  'solutions.costs.people': { en: 'For how many people?', nl: 'Voor hoeveel mensen?' },
  'solutions.costs.peopleHelp': { en: 'e.g. 50 anios per coach', nl: 'bijv. 50 anios per coach' },
  'solutions.costs.period': { en: 'The costs are', nl: 'De kosten zijn' },
  'solutions.costs.period.year': { en: 'per year', nl: 'per jaar' },
  'solutions.costs.period.once': { en: 'one-off', nl: 'eenmalig' },
  'solutions.costs.perPerson.year': {
    en: '{amount} per person per year',
    nl: '{amount} per persoon per jaar',
  },
  'solutions.costs.perPerson.once': {
    en: '{amount} per person, one-off',
    nl: '{amount} per persoon, eenmalig',
  },
  'solutions.costs.perPersonNone': {
    en: 'Say for how many people, and the cost per person appears here.',
    nl: 'Vul in voor hoeveel mensen, dan verschijnen hier de kosten per persoon.',
  },
  'solutions.costs.perPersonNoRows': {
    en: 'Fill in a quantity and a unit cost, and the cost per person appears here.',
    nl: 'Vul een aantal en kosten per eenheid in, dan verschijnen hier de kosten per persoon.',
  },
  'solutions.costs.invalid': {
    en: 'Type a number, e.g. 70,000 or 70.000',
    nl: 'Typ een getal, bijv. 70.000 of 70,000',
  },

  'solutions.evidence.none': {
    en: 'No evidence linked yet.',
    nl: 'Nog geen onderbouwing gekoppeld.',
  },
  'solutions.evidence.unavailable': {
    en: 'The evidence library could not be loaded; the linked ids are shown.',
    nl: 'De bibliotheek met onderbouwing kon niet worden geladen; de gekoppelde ids staan hieronder.',
  },
  'solutions.evidence.dropZone': {
    en: 'Linked evidence — drop evidence cards here',
    nl: 'Gekoppelde onderbouwing — sleep bewijskaarten hierheen',
  },
  'solutions.evidence.find': { en: 'Find evidence to link', nl: 'Zoek onderbouwing om te koppelen' },
  'solutions.evidence.findPlaceholder': {
    en: 'e.g. coaching, overtime, anios',
    nl: 'bijv. coaching, overwerk, anios',
  },
  'solutions.evidence.link': { en: 'Link', nl: 'Koppelen' },
  'solutions.evidence.linkNamed': { en: 'Link evidence: {name}', nl: 'Onderbouwing koppelen: {name}' },
  'solutions.evidence.unlink': { en: 'Unlink {name}', nl: '{name} ontkoppelen' },
  'solutions.evidence.noMatches': { en: 'No matching evidence.', nl: 'Geen passende onderbouwing.' },
  'solutions.evidence.moreMatches': {
    en: '{count} more — type more words to narrow down.',
    nl: 'Nog {count} — typ meer woorden om te verfijnen.',
  },

  'solutions.completeness': { en: 'Completeness', nl: 'Volledigheid' },
  'solutions.completeness.summary': {
    en: '{filled} of {total} fields filled in',
    nl: '{filled} van {total} velden ingevuld',
  },
  'solutions.completeness.missing': { en: 'Still missing:', nl: 'Nog niet ingevuld:' },
  'solutions.completeness.done': { en: 'Every field is filled in.', nl: 'Alle velden zijn ingevuld.' },
  'solutions.completeness.goTo': { en: 'Go to {field}', nl: 'Ga naar {field}' },

  'solutions.outline.heading': { en: 'Outline: {title}', nl: 'Overzicht: {title}' },
  'solutions.outline.edit': { en: 'Edit {field}', nl: '{field} bewerken' },
  'solutions.outline.editShort': { en: 'Edit', nl: 'Bewerken' },
  'solutions.outline.empty': { en: 'Not filled in yet', nl: 'Nog niet ingevuld' },
  'solutions.outline.costRow': {
    en: '{item}: {quantity} × {unit} = {total}',
    nl: '{item}: {quantity} × {unit} = {total}',
  },
  'solutions.outline.costRowIncomplete': {
    en: '{item}: quantity or unit cost still missing',
    nl: '{item}: aantal of kosten per eenheid ontbreekt nog',
  },
  'solutions.outline.template': { en: 'Template', nl: 'Sjabloon' },
});
