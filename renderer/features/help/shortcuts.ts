/** Every keyboard shortcut of DSH Desk, where it works, in the words the Help page lists them in. */

/** One shortcut: the keys, what they do, and where. */
export interface Shortcut {
  keys: string;
  does: string;
}

/** A group of shortcuts that work in one place. */
export interface ShortcutGroup {
  where: string;
  shortcuts: Shortcut[];
}

/** The shortcuts, grouped by where they work. */
export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    where: 'Anywhere',
    shortcuts: [
      {
        keys: 'Ctrl + K (⌘ + K on a Mac)',
        does: 'Open the command palette: go to any page, project or person, or start an action.',
      },
      {
        keys: 'Tab, then Enter on “Skip to content”',
        does: 'Go past the header and the sections straight to the page.',
      },
    ],
  },
  {
    where: 'In the command palette',
    shortcuts: [
      { keys: '↑ and ↓', does: 'Move through the results (from the last back to the first).' },
      { keys: 'Page Up and Page Down', does: 'Move five results at a time.' },
      { keys: 'Ctrl + Home and Ctrl + End', does: 'Go to the first or the last result.' },
      { keys: 'Enter', does: 'Open the page, the project or the person, or start the action chosen.' },
      { keys: 'Escape', does: 'Close the palette; focus goes back to where it was.' },
    ],
  },
  {
    where: 'In the calendar (week and month)',
    shortcuts: [
      { keys: 'Arrow keys', does: 'Move between sessions (week) or days (month).' },
      { keys: 'Home and End', does: 'Go to the first or last cell of the row.' },
      { keys: 'Page Up and Page Down', does: 'Go to the previous or next week or month.' },
      { keys: 'Enter or Space', does: 'Open the session (to book or see who is booked) or the day.' },
    ],
  },
  {
    where: 'In dialogs',
    shortcuts: [{ keys: 'Escape', does: 'Close the dialog; focus goes back to what opened it.' }],
  },
];
