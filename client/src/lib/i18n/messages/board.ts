import { defineMessages } from '../define.ts';

export const boardMessages = defineMessages({
  'board.analysis': {
    en: 'Problem analysis',
    nl: 'Knelpuntenanalyse',
  },
  'board.lane.stressor': {
    en: 'Stressors',
    nl: 'Stressoren',
  },
  'board.lane.energy': {
    en: 'Energy sources',
    nl: 'Energiebronnen',
  },
  'board.lane.stressorHint': {
    en: 'What drains doctors’ engagement?',
    nl: 'Wat kost artsen energie?',
  },
  'board.lane.energyHint': {
    en: 'What gives doctors energy?',
    nl: 'Waar krijgen artsen energie van?',
  },
  'board.add': {
    en: 'Add card',
    nl: 'Kaart toevoegen',
  },
  'board.addPlaceholder.stressor': {
    en: 'A stressor, in your own words…',
    nl: 'Een stressor, in je eigen woorden…',
  },
  'board.addPlaceholder.energy': {
    en: 'An energy source, in your own words…',
    nl: 'Een energiebron, in je eigen woorden…',
  },
  'board.cardText': {
    en: 'Card text',
    nl: 'Tekst van de kaart',
  },
  'board.cardBy': {
    en: 'by {name}',
    nl: 'door {name}',
  },
  'board.cardAnonymous': {
    en: 'anonymous',
    nl: 'anoniem',
  },
  'board.moveUp': {
    en: 'Move up',
    nl: 'Omhoog',
  },
  'board.moveDown': {
    en: 'Move down',
    nl: 'Omlaag',
  },
  'board.moveToEnergy': {
    en: 'Move to energy sources',
    nl: 'Naar energiebronnen',
  },
  'board.moveToStressor': {
    en: 'Move to stressors',
    nl: 'Naar stressoren',
  },
  'board.delete': {
    en: 'Delete card',
    nl: 'Kaart verwijderen',
  },
  'board.deleteConfirm': {
    en: 'Delete this card for everyone in the group?',
    nl: 'Deze kaart voor de hele groep verwijderen?',
  },
  'board.empty': {
    en: 'No cards yet. Write first, tag later.',
    nl: 'Nog geen kaarten. Eerst schrijven, later labelen.',
  },
  'board.count': {
    en: '{count} cards',
    nl: '{count} kaarten',
  },
  'board.loading': {
    en: 'Loading the board…',
    nl: 'Het bord wordt geladen…',
  },
  'board.online': {
    en: 'Online in {group}',
    nl: 'Online in {group}',
  },
  'board.nobodyOnline': {
    en: 'Only you',
    nl: 'Alleen jij',
  },
  'board.openOther': {
    en: 'Other groups',
    nl: 'Andere groepen',
  },
  'board.leave': {
    en: 'Leave',
    nl: 'Afmelden',
  },
  'status.connecting': {
    en: 'Connecting…',
    nl: 'Verbinden…',
  },
  'status.offlineOne': {
    en: 'Offline — 1 change not yet saved. Keep working; it is kept on this device.',
    nl: 'Offline — 1 wijziging nog niet opgeslagen. Werk gerust door; die blijft op dit apparaat bewaard.',
  },
  'status.savingOne': {
    en: 'Saving… (1 not yet saved)',
    nl: 'Opslaan… (1 nog niet opgeslagen)',
  },
  'status.saved': {
    en: 'All changes saved',
    nl: 'Alles opgeslagen',
  },
  'status.saving': {
    en: 'Saving… ({count} not yet saved)',
    nl: 'Opslaan… ({count} nog niet opgeslagen)',
  },
  'status.offline': {
    en: 'Offline — {count} changes not yet saved. Keep working; they are kept on this device.',
    nl: 'Offline — {count} wijzigingen nog niet opgeslagen. Werk gerust door; ze blijven op dit apparaat bewaard.',
  },
  'status.offlineClean': {
    en: 'Offline — keep working; changes are kept on this device.',
    nl: 'Offline — werk gerust door; wijzigingen blijven op dit apparaat bewaard.',
  },
  'status.storeFailing': {
    en: 'The server cannot save right now — your changes are kept on this device. Keep this tab open.',
    nl: 'De server kan nu niet opslaan — je wijzigingen blijven op dit apparaat. Laat dit tabblad open.',
  },
  'status.reconnecting': {
    en: 'Reconnecting…',
    nl: 'Opnieuw verbinden…',
  },
});
