export const pdf = {
  loading: 'Opening the PDF…',
  password: {
    body: '“{{name}}” is protected by a password. Passwords are never stored, so it is asked each time the document is opened.',
  },
  error: {
    damaged: '“{{name}}” is damaged: pdf.js cannot read it as a PDF.',
    unreadable: '“{{name}}” could not be opened ({{detail}}).',
    timeout: '“{{name}}” took too long to open and was abandoned.',
    passwordCancelled: '“{{name}}” stays closed: it cannot be shown without its password.',
    retry: 'Try again',
  },
  warning: {
    unreadablePages:
      'This PDF is damaged. It opened, but these pages could not be read and have no text: {{pages}}.',
    unreadablePageCount_one:
      'This PDF is damaged. It opened, but {{count}} page could not be read and has no text.',
    unreadablePageCount_other:
      'This PDF is damaged. It opened, but {{count}} pages could not be read and have no text.',
    pagesFailed: 'These pages could not be drawn: {{pages}}.',
    moved_one:
      '{{count}} annotation no longer matched its stored position and was placed again by its quote.',
    moved_other:
      '{{count}} annotations no longer matched their stored positions and were placed again by their quotes.',
  },
  page: {
    label: 'Page {{page}}',
    timeout: 'Page {{page}} took too long to draw and was abandoned.',
    failed: 'Page {{page}} could not be drawn.',
    retry: 'Try again',
    textless: 'No text on this page: drag to draw a box, then press a label key.',
  },
  toolbar: {
    label: 'PDF tools',
    outline: 'Outline',
    previous: 'Previous page',
    next: 'Next page',
    pageNumber: 'Page number',
    ofPages: 'of {{count}}',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoom: 'Zoom',
    fitWidth: 'Fit width',
    fitPage: 'Fit page',
    percent: '{{percent}} %',
    rotate: 'Rotate clockwise',
    selectTool: 'Select text',
    boxTool: 'Draw box',
    find: 'Find',
    findHint: 'Find in the document (Ctrl+F)',
    orphans_one: '{{count}} unplaced',
    orphans_other: '{{count}} unplaced',
  },
  find: {
    label: 'Find in document',
    placeholder: 'Find in document…',
    previous: 'Previous match',
    next: 'Next match',
    matchCase: 'Match case',
    count: '{{current}} of {{total}}',
    capped: '{{current}} of {{total}}+',
    none: 'No matches',
    close: 'Close',
  },
  outline: {
    title: 'Outline',
    empty: 'This PDF has no outline.',
  },
  palette: {
    label: 'Label',
    span: 'Label the selected text',
    region: 'Label the box',
    hint: 'Press a label key, or Esc to cancel.',
  },
  orphans: {
    title: 'Unplaced annotations',
    body: 'The quoted text of these annotations is no longer found in this document. They are kept, not deleted: review them in the list.',
    wasOn: 'was on p. {{page}}',
    quote: '“{{quote}}”',
  },
};
