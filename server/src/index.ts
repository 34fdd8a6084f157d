/** What other Glossator processes (the web host, Electron main) embed. */
export { startPlatform, DEFAULT_LIMITS, type Platform, type PlatformOptions } from './platform';
export { readServerConfig, type ServerConfig } from './config';
export { DESKTOP_CLIENT_ID } from './auth/provider';
