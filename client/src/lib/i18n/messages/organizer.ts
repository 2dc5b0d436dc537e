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
});
