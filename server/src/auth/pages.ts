/** The sign-in and consent pages (plain, accessible HTML forms, no script). */
import { escapeHtml, page } from './html';

export function loginPage(uid: string, clientName: string, email = '', error?: string): string {
  const alert = error ? `<p role="alert" id="login-error">${escapeHtml(error)}</p>` : '';
  const describedBy = error ? ' aria-describedby="login-error"' : '';
  return page(
    'Sign in',
    `<h1>Sign in to ${escapeHtml(clientName)}</h1>
${alert}
<form method="post" action="/oidc/interaction/${escapeHtml(uid)}/login" novalidate>
<label for="email">E-mail</label>
<input id="email" name="email" type="email" autocomplete="username" required value="${escapeHtml(email)}"${describedBy} autofocus>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${describedBy}>
<button type="submit">Sign in</button>
</form>`,
  );
}

const SCOPE_TEXT: Record<string, string> = {
  openid: 'know who you are',
  email: 'see your e-mail address',
  profile: 'see your name and role',
  offline_access: 'stay signed in on this device until you sign out',
};

export function consentPage(uid: string, clientName: string, scopes: string[]): string {
  const items = scopes.map((s) => `<li>${escapeHtml(SCOPE_TEXT[s] ?? s)}</li>`).join('');
  return page(
    'Allow access',
    `<h1>Allow ${escapeHtml(clientName)} to use your account?</h1>
<p>It will be able to:</p>
<ul>${items}</ul>
<form method="post" action="/oidc/interaction/${escapeHtml(uid)}/confirm">
<button type="submit">Allow</button>
</form>
<form method="post" action="/oidc/interaction/${escapeHtml(uid)}/abort">
<button type="submit">Cancel</button>
</form>`,
  );
}

/** A page that only says something (an error, a step already done). */
export function messagePage(title: string, message: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1>\n<p role="alert">${escapeHtml(message)}</p>`);
}

/** "3 minutes", "1 minute", "20 seconds": how long until a limited sign-in may try again. */
export function waitText(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}
