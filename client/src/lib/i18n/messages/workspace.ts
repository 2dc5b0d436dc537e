import { defineMessages } from '../define.ts';

export const workspaceMessages = defineMessages({
  'workspace.tabs': { en: 'Workspace', nl: 'Werkruimte' },
  'workspace.solutions': { en: 'Solutions', nl: 'Oplossingen' },
  'workspace.evidence': { en: 'Evidence', nl: 'Onderbouwing' },
});
