import type { Polarity } from '../../shared/board/layout.ts';
import { thesisPreset } from '../../shared/domain/presets/thesis.ts';
import type { CodeNode } from '../../shared/domain/types.ts';

/**
 * Card texts as students write them in a hackathon on doctors' work engagement: short
 * Dutch phrases, a sentence or two, sometimes a longer story. Seeded, so every run writes
 * the same board.
 */

const stressorSubjects = [
  'Nachtdiensten direct na een weekenddienst',
  'Roosters die pas twee weken van tevoren bekend zijn',
  'Eindeloos klikken in het EPD',
  'Geen tijd om te lunchen op de poli',
  'Overdracht om half zes terwijl de SEH vol ligt',
  'Onduidelijk wie de supervisor is in de avond',
  'Administratie voor de verzekeraar',
  'Te weinig bedden, patiënten op de gang',
  'Verhuizen voor elke nieuwe opleidingsplek',
  'Onzekerheid over een opleidingsplek na de ANIOS-tijd',
  'Familie die boos is over wachttijden',
  'Telefoon die blijft piepen tijdens de visite',
  'Onderbezetting in de zomervakantie',
  'Feedback die alleen komt als het misgaat',
  'Geen plek om even bij te komen na een reanimatie',
];

const energySubjects = [
  'Een patiënt die je na maanden weer ziet lopen',
  'Koffie met het team na een drukke dienst',
  'Een supervisor die de tijd neemt om mee te kijken',
  'Zelf een poli mogen inrichten',
  'Onderwijs geven aan coassistenten',
  'Een complexe diagnose rond krijgen',
  'Waardering van de verpleging',
  'Ruimte voor onderzoek naast de kliniek',
  'Een goed gesprek met familie',
  'Samen een dienst overleven en erom kunnen lachen',
  'Vrijheid om het rooster te ruilen',
  'Een mentor buiten de eigen vakgroep',
];

const details = [
  'vooral in het eerste jaar.',
  'dat kost me veel energie.',
  'gebeurt bijna elke week.',
  'hier hebben we het in de groep lang over gehad.',
  'collega’s herkennen dit allemaal.',
  'zeker als je net begint als AIOS.',
  'dit bepaalt of ik het vak blijf leuk vinden.',
  'ook de oudste AIOS noemt dit.',
  'geldt voor alle ziekenhuizen die we kennen.',
  'idee: bespreken in het teamoverleg.',
];

const stories = [
  'Vorige maand had ik drie nachten achter elkaar en daarna moest ik meteen weer naar de poli. Niemand vroeg hoe het ging.',
  'Op onze afdeling hebben we een vast moment om kwart over vier waarin iedereen even vertelt wat er speelt; dat helpt echt.',
  'Het rooster wordt gemaakt door iemand die niet weet wie er in opleiding is, dus ruilen kost uren bellen en appen.',
  'Toen ik mijn eerste overleden patiënt had, nam de supervisor de tijd om het na te bespreken. Dat vergeet ik nooit.',
];

/** Seeded, so every run writes the same boards. */
export { seededRandom } from '../../test/helpers/hostile.ts';

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

export function cardText(polarity: Polarity, random: () => number): string {
  const subject = pick(polarity === 'stressor' ? stressorSubjects : energySubjects, random);
  const roll = random();
  if (roll < 0.35) return subject;
  if (roll < 0.85) return `${subject} — ${pick(details, random)}`;
  return `${subject}. ${pick(stories, random)}`;
}

function nodeIds(nodes: readonly CodeNode[]): string[] {
  return nodes.flatMap((node) => [node.id, ...nodeIds(node.children ?? [])]);
}

/** Codes of the default (thesis) vocabulary, per lane: the tags a group puts on its cards. */
export const laneCodes: Record<Polarity, string[]> = {
  stressor: nodeIds(thesisPreset.stressorThemes),
  energy: nodeIds(thesisPreset.energyThemes),
};
