export const status = {
  connection: {
    local: 'Local only',
    connecting: 'Connecting…',
    online: 'Online',
    offline: 'Offline',
    error: 'Connection problem',
  },
  sync: { idle: 'All changes saved on this computer' },
  host: { electron: 'Desktop app', web: 'Web host' },
};
