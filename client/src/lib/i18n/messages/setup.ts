import { defineMessages } from '../define.ts';

export const setupMessages = defineMessages({
  'setup.title': { en: 'New event', nl: 'Nieuw event' },
  'setup.adminToken': { en: 'Admin token', nl: 'Beheertoken' },
  'setup.adminTokenHint': {
    en: 'Printed by the server on first start, and kept in DATA_DIR/admin-token.',
    nl: 'Door de server getoond bij de eerste start, en bewaard in DATA_DIR/admin-token.',
  },
  'setup.eventTitle': { en: 'Title', nl: 'Titel' },
  'setup.brief': { en: 'Problem brief (optional)', nl: 'Probleemstelling (optioneel)' },
  'setup.briefHint': {
    en: 'What the groups work on. The problem owner can change it later.',
    nl: 'Waar de groepen aan werken. De probleemeigenaar kan dit later aanpassen.',
  },
  'setup.groups': { en: 'Groups (one per line)', nl: 'Groepen (één per regel)' },
  'setup.preset': {
    en: 'Vocabulary for stressors and energy sources',
    nl: 'Vocabulaire voor stressoren en energiebronnen',
  },
  'setup.presetDefault': { en: 'default', nl: 'standaard' },
  'setup.create': { en: 'Create event', nl: 'Event aanmaken' },
  'setup.creating': { en: 'Creating…', nl: 'Bezig met aanmaken…' },
  'setup.loadingPresets': { en: 'Loading vocabularies…', nl: 'Vocabulaires laden…' },

  'taxonomy.title': { en: 'Vocabulary of this event', nl: 'Vocabulaire van dit event' },
  'taxonomy.intro': {
    en: 'Rename or add items; every open board shows the change at once. Counts are from the source and count mentions.',
    nl: 'Hernoem of voeg items toe; elk open bord toont de wijziging meteen. Aantallen komen uit de bron en tellen vermeldingen.',
  },
  'taxonomy.axis.context': { en: 'Context', nl: 'Context' },
  'taxonomy.axis.need': { en: 'Needs', nl: 'Behoeften' },
  'taxonomy.axis.careerPhase': { en: 'Career phases', nl: 'Loopbaanfasen' },
  'taxonomy.axis.stressorCode': {
    en: 'Stressors (theme → subtheme → factor)',
    nl: 'Stressoren (thema → subthema → factor)',
  },
  'taxonomy.axis.energyCode': {
    en: 'Energy sources (theme → subtheme → factor)',
    nl: 'Energiebronnen (thema → subthema → factor)',
  },
  'taxonomy.axis.level': { en: 'Intervention levels', nl: 'Interventieniveaus' },
  'taxonomy.axis.domain': { en: 'Intervention domains', nl: 'Interventiedomeinen' },
  'taxonomy.axis.actor': { en: 'Actors', nl: 'Actoren' },
  'taxonomy.labelNl': { en: 'Dutch label of {name}', nl: 'Nederlandse naam van {name}' },
  'taxonomy.labelEn': { en: 'English label of {name}', nl: 'Engelse naam van {name}' },
  'taxonomy.mentions': { en: 'n = {count} mentions', nl: 'n = {count} vermeldingen' },
  'taxonomy.flag.rebuilt': { en: 'rebuilt', nl: 'gereconstrueerd' },
  'taxonomy.flag.analyst': { en: 'analyst', nl: 'analist' },
  'taxonomy.flag.probable': { en: 'probable', nl: 'waarschijnlijk' },
  'taxonomy.flag.inconsistent': { en: 'source inconsistent', nl: 'bron inconsistent' },
  'taxonomy.extension': { en: 'extension', nl: 'uitbreiding' },
  'taxonomy.custom': { en: 'added', nl: 'toegevoegd' },
  'taxonomy.add': { en: 'Add', nl: 'Toevoegen' },
  'taxonomy.addTo': { en: 'Add to {name}', nl: 'Toevoegen aan {name}' },
  'taxonomy.newNl': { en: 'New item (Dutch)', nl: 'Nieuw item (Nederlands)' },
  'taxonomy.newEn': { en: 'New item (English)', nl: 'Nieuw item (Engels)' },
  'taxonomy.show': { en: 'Show', nl: 'Tonen' },
});
