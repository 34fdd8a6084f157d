export const common = {
  loading: 'Loading…',
  error: 'Something went wrong.',
  retry: 'Try again',
};
