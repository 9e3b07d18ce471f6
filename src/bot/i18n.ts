import type { Locale } from '../domain/locale';
import type { Catalog } from '../../dialogs/messages/catalog';
import type { AnyLabel, Said } from './flow-view';
import { sayPeople } from '../../dialogs/messages/people';
import { sayPeopleChat } from '../../dialogs/messages/people-chat';
import { fr } from '../../dialogs/messages/fr';
import { nl } from '../../dialogs/messages/nl';
import { de } from '../../dialogs/messages/de';
import { en } from '../../dialogs/messages/en';

export const catalogs: Record<Locale, Catalog> = { fr, nl, de, en };

export function say(notice: Said, locale: Locale): string {
  if ('people' in notice) return sayPeople(notice.people, locale);
  if ('chat' in notice) return sayPeopleChat(notice.chat, locale);
  if ('literal' in notice) return notice.literal;
  const fn = catalogs[locale][notice.key] as (p?: unknown) => string;
  return fn('params' in notice ? notice.params : undefined);
}

export function labelText(label: AnyLabel, locale: Locale): string {
  if ('names' in label) return label.names[locale];
  return say(label, locale);
}
