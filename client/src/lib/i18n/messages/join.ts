import { defineMessages } from '../define.ts';

export const joinMessages = defineMessages({
  'join.title': {
    en: 'Join the hackathon',
    nl: 'Doe mee met de hackathon',
  },
  'join.code': {
    en: 'Event code',
    nl: 'Eventcode',
  },
  'join.codeHint': {
    en: 'The six characters on the big screen',
    nl: 'De zes tekens op het grote scherm',
  },
  'join.name': {
    en: 'Your name (as others in your group will see it)',
    nl: 'Je naam (zoals je groep die ziet)',
  },
  'join.group': {
    en: 'Group',
    nl: 'Groep',
  },
  'join.groupAuto': {
    en: 'Put me in a group',
    nl: 'Deel me in bij een groep',
  },
  'join.lookUp': {
    en: 'Find event',
    nl: 'Event zoeken',
  },
  'join.submit': {
    en: 'Join',
    nl: 'Meedoen',
  },
  'join.joining': {
    en: 'Joining…',
    nl: 'Bezig met aanmelden…',
  },
  'join.continueAs': {
    en: 'Continue as {name}',
    nl: 'Verder als {name}',
  },
  'join.continueHint': {
    en: 'You joined “{event}” on this device before.',
    nl: 'Je deed op dit apparaat al mee aan “{event}”.',
  },
  'join.or': {
    en: 'or join again with a code',
    nl: 'of meld je opnieuw aan met een code',
  },
});
