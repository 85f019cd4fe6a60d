/** The on-page panel's words in English: what the content script carries for its first paint. */
export const panelEn = {
  'panel.title': 'Tag stakeholder',
  'panel.close': 'Close Rolecall',
  'panel.loading': 'Loading…',
  'panel.known': '{name} is already on the {account} map: saving updates them.',
  'panel.saved': 'Saved {name} on the {account} map.',
  'panel.updated': 'Updated {name} on the {account} map.',
  'panel.done': 'Done',
  'panel.unreachable':
    'Rolecall could not reach its storage. If the extension was just updated, reload the page and try again.',
  'form.name': 'Name',
  'form.title': 'Title',
  'form.account': 'Account',
  'form.roles': 'Decision roles',
  'form.stance': 'Stance',
  'form.influence': 'Influence',
  'form.influence.high': 'High',
  'form.influence.medium': 'Medium',
  'form.influence.low': 'Low',
  'form.influence.unknown': 'Not known',
  'form.department': 'Department',
  'form.departmentUnknown': 'Not known',
  'form.note': 'Note',
  'form.save': 'Save',
  'form.update': 'Update',
  'form.saveChanges': 'Save changes',
  'form.saving': 'Saving…',
  'form.cancel': 'Cancel',
  'form.nameRequired': "Enter the person's name.",
  'form.accountRequired': 'Choose an account or type a new one.',
  'form.suggested': 'Suggested from the title: {roles}',
  'save.noSpace':
    'Could not save: the browser has no storage left. Free some disk space and try again.',
  'save.failed': 'Could not save ({detail}). Nothing you typed is lost: try again.',
} as const;

export type PanelKey = keyof typeof panelEn;
