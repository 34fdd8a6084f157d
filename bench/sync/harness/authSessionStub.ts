/**
 * Stands in for electron/services/auth/authSession.ts in the harness bundle: the platform client
 * needs only its NotSignedIn class, and the real module pulls in openid-client and node:http.
 */
export class NotSignedIn extends Error {
  override readonly name = 'NotSignedIn';
}
