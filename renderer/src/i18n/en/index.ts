/**
 * English strings, one file per part of the app; fr/ must have the same keys (checked by a test
 * and by the types). Add a part as a new file and list it here.
 */
import { app } from './app';
import { pdf } from './pdf';
import { nav } from './nav';
import { sync } from './sync';
import { empty } from './empty';
import { profile } from './profile';
import { interview } from './interview';
import { matching } from './matching';
import { notifications } from './notifications';
import { documents } from './documents';
import { workspace } from './workspace';
import { queue } from './queue';
import { review } from './review';
import { earnings } from './earnings';
import { time } from './time';
import { exchange } from './exchange';
import { account } from './account';
import { settings } from './settings';
import { status } from './status';
import { text } from './text';
import { codes } from './codes';
import { schema } from './schema';
import { compare } from './compare';
import { common } from './common';

export const en = {
  app,
  pdf,
  nav,
  sync,
  empty,
  profile,
  interview,
  matching,
  notifications,
  documents,
  workspace,
  queue,
  review,
  earnings,
  time,
  exchange,
  account,
  settings,
  status,
  text,
  codes,
  schema,
  compare,
  common,
};

export type Messages = typeof en;
