export const account = {
  title: 'Platform account',
  signIn: 'Sign in…',
  signOut: 'Sign out',
  waiting: 'Waiting for the browser…',
  signedInAs: 'Signed in as {{name}} on {{platform}}.',
  noPlatform: 'no platform',
  state: {
    signedOut: 'Not signed in. Sign in to {{platform}} to see your projects and sync your work.',
    signingIn: 'Finish signing in in the browser window that opened.',
    expired:
      'Your session on {{platform}} has ended. Sign in again; your work on this computer is kept.',
    signedIn: 'Signed in.',
  },
  memoryOnly: {
    noKeyring:
      'This computer has no keyring, so your sign-in is kept in memory only: you will sign in again after a restart.',
    unavailable: 'The system keyring is unavailable, so your sign-in is kept in memory only.',
    webHost:
      'In the web host your sign-in is kept in memory only: you will sign in again after it restarts.',
  },
  failed: 'Sign-in did not complete. Try again.',
};
