import { defineMessages } from '../define.ts';

/** The projector wall (wall.*) and the facilitator console (console.*). */
export const facilitationMessages = defineMessages({
  // -------------------------------------------------------------------------------------
  // Projector wall
  // -------------------------------------------------------------------------------------
  'wall.title': { en: 'Projector wall', nl: 'Projectiescherm' },
  'wall.noToken': {
    en: 'Open the projector link from the organizer on this screen.',
    nl: 'Open op dit scherm de projectielink van de organisator.',
  },
  'wall.connecting': { en: 'Connecting…', nl: 'Verbinden…' },
  'wall.reconnecting': {
    en: 'Connection lost — reconnecting…',
    nl: 'Verbinding weg — opnieuw verbinden…',
  },
  'wall.noGroups': { en: 'This event has no groups yet.', nl: 'Dit event heeft nog geen groepen.' },
  'wall.phase': { en: 'Phase', nl: 'Fase' },
  'wall.noPhase': { en: 'Starting soon', nl: 'We beginnen zo' },
  'wall.day': { en: 'Day {day}', nl: 'Dag {day}' },
  'wall.phaseOf': { en: 'phase {index} of {total}', nl: 'fase {index} van {total}' },
  'wall.timeUp': { en: 'Time is up', nl: 'Tijd is om' },
  'wall.paused': { en: 'Paused', nl: 'Gepauzeerd' },
  'wall.join': { en: 'Join', nl: 'Meedoen' },
  'wall.joinAt': { en: 'Join at {host}', nl: 'Doe mee via {host}' },
  'wall.code': { en: 'with code', nl: 'met code' },
  'wall.qrAlt': { en: 'QR code for {url}', nl: 'QR-code voor {url}' },
  'wall.announcement': { en: 'Announcement', nl: 'Aankondiging' },
  'wall.ready': { en: 'Ready', nl: 'Klaar' },
  'wall.online': { en: '{count} online', nl: '{count} online' },
  'wall.stressors': { en: 'Stressors: {count}', nl: 'Stressoren: {count}' },
  'wall.energy': { en: 'Energy sources: {count}', nl: 'Energiebronnen: {count}' },
  'wall.stressorsWord': { en: 'stressors', nl: 'stressoren' },
  'wall.energyWord': { en: 'energy sources', nl: 'energiebronnen' },
  'wall.solutionsWord': { en: 'solutions', nl: 'oplossingen' },
  'wall.latest': { en: 'Latest cards', nl: 'Nieuwste kaartjes' },
  'wall.noCards': { en: 'No cards yet', nl: 'Nog geen kaartjes' },
  'wall.completeness': { en: 'How complete each solution is', nl: 'Hoe compleet elke oplossing is' },
  'wall.untitled': { en: 'Untitled solution', nl: 'Oplossing zonder titel' },
  'wall.inSpotlight': { en: 'In the spotlight', nl: 'In de spotlight' },
  'wall.rotating': { en: 'Group by group', nl: 'Groep voor groep' },
  'wall.lane.stressor': { en: 'Stressors', nl: 'Stressoren' },
  'wall.lane.energy': { en: 'Energy sources', nl: 'Energiebronnen' },
  'wall.solutions': { en: 'Solutions', nl: 'Oplossingen' },
  'wall.noSolutions': { en: 'No solutions yet', nl: 'Nog geen oplossingen' },
  'wall.more': { en: '+ {count} more', nl: '+ nog {count}' },
  'wall.percentComplete': { en: '{percent}% complete', nl: '{percent}% compleet' },
  'wall.results': { en: 'Votes', nl: 'Stemmen' },
  'wall.noVotes': { en: 'No votes yet', nl: 'Nog geen stemmen' },
  'wall.votes.one': { en: '1 vote', nl: '1 stem' },
  'wall.votes.other': { en: '{count} votes', nl: '{count} stemmen' },
  'wall.rotate': { en: 'Rotate through groups ({seconds} s)', nl: 'Groepen afwisselen ({seconds} s)' },
  'wall.rotateEvery': { en: 'Next group every {seconds} s', nl: 'Elke {seconds} s een andere groep' },
  'wall.fullscreen': { en: 'Full screen', nl: 'Volledig scherm' },

  // -------------------------------------------------------------------------------------
  // Facilitator console
  // -------------------------------------------------------------------------------------
  'console.title': { en: 'Facilitator', nl: 'Facilitator' },
  'console.noToken': {
    en: 'Open the facilitator link from the organizer on this laptop.',
    nl: 'Open op deze laptop de facilitatorlink van de organisator.',
  },
  'console.connecting': { en: 'Connecting…', nl: 'Verbinden…' },
  'console.connected': { en: 'Connected', nl: 'Verbonden' },
  'console.disconnected': { en: 'Not connected — retrying…', nl: 'Niet verbonden — opnieuw proberen…' },
  'console.roleWarning': {
    en: 'This is a {role} link: the server will refuse the facilitator’s controls. Use the facilitator link from the organizer.',
    nl: 'Dit is een link voor {role}: de server weigert de knoppen van de facilitator. Gebruik de facilitatorlink van de organisator.',
  },
  'console.sending': { en: 'Sending…', nl: 'Bezig…' },
  'console.dismiss': { en: 'Dismiss', nl: 'Sluiten' },
  'console.cancel': { en: 'Cancel', nl: 'Annuleren' },
  'console.save': { en: 'Save agenda', nl: 'Agenda opslaan' },
  'console.error.unauthorized': {
    en: 'Not accepted: {message}. Open the facilitator link again.',
    nl: 'Niet geaccepteerd: {message}. Open de facilitatorlink opnieuw.',
  },
  'console.error.forbidden': {
    en: 'Not allowed with this link ({message}).',
    nl: 'Niet toegestaan met deze link ({message}).',
  },
  'console.error.bad-request': { en: 'Refused: {message}.', nl: 'Geweigerd: {message}.' },
  'console.error.rate-limited': { en: 'Not sent: {message}.', nl: 'Niet verstuurd: {message}.' },
  'console.error.conflict': { en: 'Not possible now: {message}.', nl: 'Kan nu niet: {message}.' },

  // The running phase
  'console.now': { en: 'Now', nl: 'Nu' },
  'console.noPhase': { en: 'No phase started', nl: 'Nog geen fase gestart' },
  'console.status.idle': { en: 'Start a phase in the agenda.', nl: 'Start een fase in de agenda.' },
  'console.status.running': { en: 'Running', nl: 'Loopt' },
  'console.status.paused': { en: 'Paused', nl: 'Gepauzeerd' },
  'console.status.ended': { en: 'Ended', nl: 'Afgelopen' },
  'console.status.up': { en: 'Time is up', nl: 'Tijd is om' },
  'console.locked': { en: 'Boards are locked', nl: 'Borden zijn vergrendeld' },
  'console.unlocked': { en: 'Boards are open for the groups', nl: 'Borden staan open voor de groepen' },
  'console.lock': { en: 'Lock boards', nl: 'Borden vergrendelen' },
  'console.unlock': { en: 'Unlock boards', nl: 'Borden ontgrendelen' },

  // Agenda
  'console.agenda': { en: 'Agenda', nl: 'Agenda' },
  'console.editAgenda': { en: 'Edit agenda', nl: 'Agenda bewerken' },
  'console.day': { en: 'Day {day}', nl: 'Dag {day}' },
  'console.minutes': { en: '{minutes} min', nl: '{minutes} min' },
  'console.flag.analysis': { en: 'Analysis', nl: 'Analyse' },
  'console.flag.solutions': { en: 'Solutions', nl: 'Oplossingen' },
  'console.flag.readOnly': { en: 'Nothing editable', nl: 'Niets bewerkbaar' },
  'console.flag.anonymous': { en: 'Anonymous cards', nl: 'Anonieme kaartjes' },
  'console.start': { en: 'Start', nl: 'Start' },
  'console.restart': { en: 'Restart', nl: 'Opnieuw' },
  'console.confirmRestart': {
    en: 'Start this phase again? Its timer starts over from the full duration.',
    nl: 'Deze fase opnieuw starten? De timer begint weer bij de volledige duur.',
  },
  'console.timerControls': { en: 'Timer', nl: 'Timer' },
  'console.pause': { en: 'Pause', nl: 'Pauzeren' },
  'console.resume': { en: 'Resume', nl: 'Hervatten' },
  'console.plus5': { en: '+5 min', nl: '+5 min' },
  'console.minus5': { en: '−5 min', nl: '−5 min' },
  'console.end': { en: 'End', nl: 'Beëindigen' },
  'console.endLock': { en: 'End and lock', nl: 'Beëindigen en vergrendelen' },

  // Agenda editor
  'console.editor.day': { en: 'Day', nl: 'Dag' },
  'console.editor.titleNl': { en: 'Title (Dutch)', nl: 'Titel (Nederlands)' },
  'console.editor.titleEn': { en: 'Title (English)', nl: 'Titel (Engels)' },
  'console.editor.minutes': { en: 'Minutes', nl: 'Minuten' },
  'console.editor.analysisHint': {
    en: 'Groups may edit the problem analysis',
    nl: 'Groepen mogen de knelpuntenanalyse bewerken',
  },
  'console.editor.solutionsHint': {
    en: 'Groups may edit their solutions',
    nl: 'Groepen mogen hun oplossingen bewerken',
  },
  'console.editor.order': { en: 'Order', nl: 'Volgorde' },
  'console.editor.up': { en: 'Move up', nl: 'Omhoog' },
  'console.editor.down': { en: 'Move down', nl: 'Omlaag' },
  'console.editor.remove': { en: 'Remove phase', nl: 'Fase verwijderen' },
  'console.editor.add': { en: 'Add phase', nl: 'Fase toevoegen' },
  'console.editor.problem.empty': { en: 'The agenda needs a phase.', nl: 'De agenda heeft een fase nodig.' },
  'console.editor.problem.tooMany': { en: 'At most 30 phases.', nl: 'Hooguit 30 fases.' },
  'console.editor.problem.title': {
    en: 'Every phase needs a Dutch and an English title.',
    nl: 'Elke fase heeft een Nederlandse en een Engelse titel nodig.',
  },
  'console.editor.problem.duration': {
    en: 'A phase lasts from 1 minute to 8 hours.',
    nl: 'Een fase duurt van 1 minuut tot 8 uur.',
  },
  'console.editor.problem.duplicate': { en: 'Two phases share an id.', nl: 'Twee fases hebben dezelfde id.' },

  // Groups and spotlight
  'console.groups': { en: 'Groups', nl: 'Groepen' },
  'console.readyCount': { en: 'Ready: {ready} of {total}', nl: 'Klaar: {ready} van {total}' },
  'console.col.group': { en: 'Group', nl: 'Groep' },
  'console.col.online': { en: 'Online', nl: 'Online' },
  'console.col.cards': { en: 'Cards', nl: 'Kaartjes' },
  'console.col.cardsHint': {
    en: 'All cards (stressors / energy sources)',
    nl: 'Alle kaartjes (stressoren / energiebronnen)',
  },
  'console.col.tagged': { en: 'Tagged', nl: 'Getagd' },
  'console.col.solutions': { en: 'Solutions', nl: 'Oplossingen' },
  'console.col.best': { en: 'Most complete', nl: 'Meest compleet' },
  'console.col.ready': { en: 'Ready', nl: 'Klaar' },
  'console.col.wall': { en: 'Wall', nl: 'Scherm' },
  'console.ready': { en: 'ready', nl: 'klaar' },
  'console.spotlight': { en: 'Spotlight', nl: 'In de spotlight' },
  'console.inSpotlight': { en: 'On the wall', nl: 'Op het scherm' },
  'console.spotlightOn': { en: 'In the spotlight: {group}', nl: 'In de spotlight: {group}' },
  'console.spotlightNone': {
    en: 'No spotlight: the wall shows every group.',
    nl: 'Geen spotlight: het scherm toont alle groepen.',
  },
  'console.spotlightUnderResults': {
    en: 'The wall shows the revealed results; hide them to show the spotlight.',
    nl: 'Het scherm toont nu de uitslag; verberg die om de spotlight te tonen.',
  },
  'console.spotlightLaptops': { en: 'Also on every laptop', nl: 'Ook op elke laptop' },
  'console.spotlightClear': { en: 'Clear spotlight', nl: 'Spotlight uit' },

  // Announcement
  'console.announcement': { en: 'Announcement', nl: 'Aankondiging' },
  'console.announcementNow': { en: 'Showing now:', nl: 'Nu zichtbaar:' },
  'console.announcementText': { en: 'Announcement text', nl: 'Tekst van de aankondiging' },
  'console.announcementPlaceholder': {
    en: 'A short message for the wall and every laptop…',
    nl: 'Een kort bericht voor het scherm en elke laptop…',
  },
  'console.announcementSend': { en: 'Send', nl: 'Versturen' },
  'console.announcementClear': { en: 'Clear', nl: 'Weghalen' },

  // Wall
  'console.wall': { en: 'Projector', nl: 'Projectiescherm' },
  'console.joinCode': { en: 'Join code', nl: 'Eventcode' },
  'console.openWall': { en: 'Open the wall', nl: 'Projectiescherm openen' },
  'console.openWallHint': {
    en: '(drag the window to the projector, then Full screen)',
    nl: '(sleep het venster naar de beamer, dan Volledig scherm)',
  },
  'console.showNames': { en: 'Show names on the wall', nl: 'Namen tonen op het projectiescherm' },
  'console.showNamesHint': {
    en: 'Off by default: the wall shows no authors or who is online.',
    nl: 'Standaard uit: het scherm toont geen auteurs en niet wie er online is.',
  },

  // Voting
  'console.voting': { en: 'Voting', nl: 'Stemmen' },
  'console.votingOpen': { en: 'Voting open', nl: 'Stemmen open' },
  'console.votingBudget': { en: 'Dots per person', nl: 'Stippen per persoon' },
  'console.votingMax': { en: 'Max per solution', nl: 'Max. per oplossing' },
  'console.votingReveal': { en: 'Reveal results', nl: 'Uitslag onthullen' },
  'console.votingReset': { en: 'Reset votes', nl: 'Stemmen wissen' },
  'console.votingResetConfirm': {
    en: 'Delete every vote and start over? This cannot be undone.',
    nl: 'Alle stemmen wissen en opnieuw beginnen? Dit kan niet ongedaan worden.',
  },
  'console.votingIsOpen': {
    en: 'Open · solutions on the ballot: {count}',
    nl: 'Open · oplossingen op het stembiljet: {count}',
  },
  'console.votingIsClosed': { en: 'Closed', nl: 'Gesloten' },
  'console.votingHidden': { en: 'results hidden', nl: 'uitslag verborgen' },
  'console.results': { en: 'Results', nl: 'Uitslag' },
  'console.laptops': { en: 'Laptops', nl: 'Laptops' },
  'console.laptopsNone': { en: 'Nobody has joined yet.', nl: 'Er heeft nog niemand meegedaan.' },
  'console.laptopsAllFine': {
    en: 'All {count} laptops online, everything saved.',
    nl: 'Alle {count} laptops online, alles opgeslagen.',
  },
  'console.laptopOffline': { en: 'offline', nl: 'offline' },
  'console.lastSeen': { en: 'last seen {time}', nl: 'laatst gezien {time}' },
  'console.laptopBehind': {
    en: '{count} changes not yet saved',
    nl: '{count} wijzigingen nog niet opgeslagen',
  },
});
