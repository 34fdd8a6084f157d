import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { DispatchResult } from '../../shared/ipc/bridge';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../shared/ipc/channels';
import type { EventName, EventPayload, Handlers } from '../../shared/ipc/contract';
import { validateEvent } from '../../shared/ipc/validate';
import { dispatch } from '../services/dispatch';
import { isAppUrl } from './security';

interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/** Only the top frame of one of our windows, showing the app's own page, may call main. */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

const FORBIDDEN: DispatchResult = {
  ok: false,
  error: { code: 'forbidden', message: 'untrusted sender' },
};

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers): void {
  ipcMain.handle(
    INVOKE_CHANNEL,
    async (event: IpcMainInvokeEvent, channel: unknown, request: unknown) => {
      if (!isTrustedSender(event.senderFrame)) return FORBIDDEN;
      return dispatch(handlers, channel, request, { callerId: `window-${event.sender.id}` });
    },
  );
}

/** Pushes an event to every app window, after checking the payload against its schema. */
export function broadcast<E extends EventName>(
  targets: () => readonly Pick<WebContents, 'send' | 'isDestroyed'>[],
  event: E,
  payload: EventPayload<E>,
): void {
  validateEvent(event, payload);
  for (const contents of targets())
    if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event, payload);
}
