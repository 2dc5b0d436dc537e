import { defineMessages } from '../define.ts';

/** The participant side of facilitation: phase bar, announcement, spotlight, dot voting. */
export const participantMessages = defineMessages({
  'phase.region': { en: 'Programme', nl: 'Programma' },
  'phase.current': { en: 'Now', nl: 'Nu' },
  'phase.timeLeft': { en: 'Time left: {clock}', nl: 'Resterende tijd: {clock}' },
  'phase.paused': { en: 'Paused', nl: 'Gepauzeerd' },
  'phase.timeUp': { en: 'Time is up', nl: 'De tijd is om' },
  'phase.editable.both': {
    en: 'Analysis and solutions open',
    nl: 'Analyse en oplossingen open',
  },
  'phase.editable.analysis': {
    en: 'Analysis only — solutions are read-only',
    nl: 'Alleen de analyse — oplossingen kun je alleen lezen',
  },
  'phase.editable.solutions': {
    en: 'Solutions only — the analysis is read-only',
    nl: 'Alleen oplossingen — de analyse kun je alleen lezen',
  },
  'phase.editable.none': {
    en: 'Nothing to edit in this phase — you can read along',
    nl: 'In deze fase bewerk je niets — je kunt wel meelezen',
  },
  'phase.anonymous': {
    en: 'Cards are anonymous in this phase',
    nl: 'Kaarten zijn anoniem in deze fase',
  },
  'phase.locked': {
    en: 'The facilitator has locked the boards — you can read but not edit',
    nl: 'De facilitator heeft de borden vergrendeld — je kunt lezen, maar niet bewerken',
  },
  'phase.lockedStaff': {
    en: "The participants' boards are locked",
    nl: 'De borden van de deelnemers zijn vergrendeld',
  },
  'phase.ready': { en: "We're ready", nl: 'Wij zijn klaar' },
  'phase.readyHint': {
    en: 'Let the facilitator know your group is done; press again to take it back',
    nl: 'Laat de facilitator weten dat jullie groep klaar is; druk nog eens om het terug te nemen',
  },
  'phase.readyFailed': {
    en: 'Could not send "ready": {reason}',
    nl: '"Klaar" kon niet worden verstuurd: {reason}',
  },

  'announce.label': { en: 'Announcement from the facilitator', nl: 'Mededeling van de facilitator' },
  'announce.dismiss': { en: 'Dismiss', nl: 'Sluiten' },
  'announce.dismissLabel': { en: 'Dismiss the announcement', nl: 'Mededeling sluiten' },

  'spotlight.other': { en: 'Spotlight: {group} is presenting', nl: 'In de spotlight: {group} presenteert' },
  'spotlight.mine': { en: 'Your group is in the spotlight', nl: 'Jullie groep staat in de spotlight' },
  'spotlight.open': { en: 'Open their board', nl: 'Hun bord openen' },

  'vote.heading': { en: 'Dot voting', nl: 'Stemmen met stippen' },
  'vote.intro': {
    en: 'Spread your dots over the solutions you find most promising, from any group — at most {max} on one solution. Nobody sees the totals until the facilitator reveals them.',
    nl: 'Verdeel je stippen over de oplossingen die jij het meest belovend vindt, van welke groep ook — hoogstens {max} op één oplossing. Niemand ziet de totalen tot de facilitator ze bekendmaakt.',
  },
  'vote.staffNote': {
    en: 'Participants vote here; you see the ballot without the totals.',
    nl: 'Deelnemers stemmen hier; jij ziet de lijst zonder de totalen.',
  },
  'vote.closed': {
    en: 'Voting is closed.',
    nl: 'De stemming is gesloten.',
  },
  'vote.left': { en: '{left} of {total} dots left', nl: 'Nog {left} van {total} stippen over' },
  'vote.hide': { en: 'Hide', nl: 'Verbergen' },
  'vote.show': { en: 'Show', nl: 'Tonen' },
  'vote.refresh': { en: 'Refresh the list', nl: 'Lijst vernieuwen' },
  'vote.empty': {
    en: 'No solutions to vote on yet. Refresh the list once the groups have named theirs.',
    nl: 'Nog geen oplossingen om op te stemmen. Vernieuw de lijst zodra de groepen de hunne een naam hebben gegeven.',
  },
  'vote.yourGroup': { en: 'your group', nl: 'jullie groep' },
  'vote.untitled': { en: 'untitled solution', nl: 'naamloze oplossing' },
  'vote.add': { en: 'Add a dot to {title}', nl: 'Stip geven aan {title}' },
  'vote.remove': { en: 'Take a dot back from {title}', nl: 'Stip terugnemen van {title}' },
  'vote.mine': { en: 'Your dots on {title}', nl: 'Jouw stippen op {title}' },
  'vote.refused.noDots': {
    en: 'No dots left — take one back from another solution first.',
    nl: 'Geen stippen meer over — neem er eerst een terug van een andere oplossing.',
  },
  'vote.refused.max': {
    en: 'This solution already has your maximum of {max} dots.',
    nl: 'Deze oplossing heeft al jouw maximum van {max} stippen.',
  },
  'vote.refused.none': {
    en: 'You have no dot on this solution to take back.',
    nl: 'Je hebt geen stip op deze oplossing om terug te nemen.',
  },
  'vote.refused.closed': { en: 'Voting is closed.', nl: 'De stemming is gesloten.' },
  'vote.refused.other': { en: 'Not counted: {reason}', nl: 'Niet geteld: {reason}' },
  'vote.results': { en: 'Results', nl: 'Uitslag' },
  'vote.resultsIntro': {
    en: 'All dots of all participants, most votes first.',
    nl: 'Alle stippen van alle deelnemers, de meeste stemmen bovenaan.',
  },
  'vote.noResults': { en: 'No dots were given.', nl: 'Er zijn geen stippen gegeven.' },
  'vote.rank': { en: 'Rank', nl: 'Plaats' },
  'vote.group': { en: 'Group', nl: 'Groep' },
  'vote.solution': { en: 'Solution', nl: 'Oplossing' },
  'vote.votes': { en: 'Votes', nl: 'Stemmen' },
});
