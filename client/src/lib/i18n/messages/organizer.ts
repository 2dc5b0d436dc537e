import { defineMessages } from '../define.ts';

export const organizerMessages = defineMessages({
  'organizer.title': {
    en: 'Organizer',
    nl: 'Organisator',
  },
  'organizer.joinCode': {
    en: 'Join code',
    nl: 'Eventcode',
  },
  'organizer.joinLink': {
    en: 'Link for students',
    nl: 'Link voor studenten',
  },
  'organizer.groups': {
    en: 'Groups',
    nl: 'Groepen',
  },
  'organizer.openBoard': {
    en: 'Open board',
    nl: 'Bord openen',
  },
  'organizer.online': {
    en: '{count} online',
    nl: '{count} online',
  },
  'organizer.links': {
    en: 'Links for roles',
    nl: 'Links voor rollen',
  },
  'organizer.mint': {
    en: 'Create {role} link',
    nl: 'Link voor {role} maken',
  },
  'organizer.copy': {
    en: 'Copy',
    nl: 'Kopiëren',
  },
  'organizer.copied': {
    en: 'Copied',
    nl: 'Gekopieerd',
  },
  'organizer.editBrief': {
    en: 'Problem brief and comments on the groups’ work',
    nl: 'Probleemstelling en opmerkingen bij het werk van de groepen',
  },
  'organizer.participants': { en: 'Participants', nl: 'Deelnemers' },
  'organizer.moveHint': {
    en: 'Move someone to another group: their laptop continues there on its next load, and their old link no longer opens the old board.',
    nl: 'Verplaats iemand naar een andere groep: de laptop gaat daar verder bij het volgende laden, en de oude link opent het oude bord niet meer.',
  },
  'organizer.refresh': { en: 'Refresh', nl: 'Vernieuwen' },
  'organizer.noParticipants': { en: 'Nobody has joined yet.', nl: 'Er heeft nog niemand meegedaan.' },
  'organizer.name': { en: 'Name', nl: 'Naam' },
  'organizer.group': { en: 'Group', nl: 'Groep' },
  'organizer.moveTo': { en: 'Group of {name}', nl: 'Groep van {name}' },
  'organizer.qrAlt': { en: 'QR code of the link for students', nl: 'QR-code van de link voor studenten' },
  'organizer.close': { en: 'Close the event', nl: 'Event afsluiten' },
  'organizer.closeConfirm': {
    en: 'Close this event? Every link and every participant’s access stops working. The boards stay stored.',
    nl: 'Dit event afsluiten? Alle links en de toegang van alle deelnemers werken dan niet meer. De borden blijven bewaard.',
  },
  'organizer.closed': { en: 'The event is closed.', nl: 'Het event is afgesloten.' },
});
