import { defineMessages } from '../define.ts';

export const commonMessages = defineMessages({
  'app.name': {
    en: 'Vonk',
    nl: 'Vonk',
  },
  'app.tagline': {
    en: 'Ideas for doctors’ work engagement, built together',
    nl: 'Samen ideeën bouwen voor de bevlogenheid van artsen',
  },
  'lang.label': {
    en: 'Language',
    nl: 'Taal',
  },
  'lang.nl': {
    en: 'Nederlands',
    nl: 'Nederlands',
  },
  'lang.en': {
    en: 'English',
    nl: 'English',
  },
  'role.facilitator': {
    en: 'facilitator',
    nl: 'facilitator',
  },
  'role.projector': {
    en: 'projector',
    nl: 'projector',
  },
  'role.problem-owner': {
    en: 'problem owner',
    nl: 'probleemeigenaar',
  },
  'role.organizer': {
    en: 'organizer',
    nl: 'organisator',
  },
  'role.participant': {
    en: 'participant',
    nl: 'deelnemer',
  },
  'error.network': {
    en: 'Cannot reach the Vonk server. Check the Wi-Fi and try again.',
    nl: 'De Vonk-server is niet bereikbaar. Controleer de wifi en probeer het opnieuw.',
  },
  'error.not-found': {
    en: 'No event has this code. Check the code on the screen.',
    nl: 'Er is geen event met deze code. Controleer de code op het scherm.',
  },
  'error.bad-request': {
    en: '{message}',
    nl: '{message}',
  },
  'error.unauthorized': {
    en: 'Your session has expired. Join again with the event code.',
    nl: 'Je sessie is verlopen. Meld je opnieuw aan met de eventcode.',
  },
  'error.event-closed': {
    en: 'This event has been closed.',
    nl: 'Dit event is afgesloten.',
  },
  'error.forbidden': {
    en: 'You are not allowed to do this.',
    nl: 'Dit mag je niet doen.',
  },
  'error.payload-too-large': {
    en: 'That is too much text at once.',
    nl: 'Dat is te veel tekst in één keer.',
  },
  'error.unavailable': {
    en: 'The server cannot do this right now; the message below says what is missing.',
    nl: 'De server kan dit nu niet; de melding hieronder zegt wat er ontbreekt.',
  },
  'error.internal': {
    en: 'Something went wrong on the server. Try again in a moment.',
    nl: 'Er ging iets mis op de server. Probeer het zo opnieuw.',
  },
  'error.noSession': {
    en: 'You have not joined an event on this device yet.',
    nl: 'Je hebt op dit apparaat nog niet meegedaan aan een event.',
  },
  'error.toJoin': {
    en: 'Go to the join page',
    nl: 'Naar de aanmeldpagina',
  },
});
