export const app = {
  name: 'Glossator',
  skipToContent: 'Skip to content',
  mainNavigation: 'Main navigation',
};
