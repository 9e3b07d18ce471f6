import type { Locale } from '../domain/locale';
import type { Catalog, Notice } from '../../dialogs/messages/catalog';
import type { Label } from '../../dialogs/grant-access.view';
import { fr } from '../../dialogs/messages/fr';
import { nl } from '../../dialogs/messages/nl';
import { de } from '../../dialogs/messages/de';
import { en } from '../../dialogs/messages/en';

export const catalogs: Record<Locale, Catalog> = { fr, nl, de, en };

export function say(notice: Notice, locale: Locale): string {
  const fn = catalogs[locale][notice.key] as (p?: unknown) => string;
  return fn('params' in notice ? notice.params : undefined);
}

export function labelText(label: Label, locale: Locale): string {
  if ('literal' in label) return label.literal;
  if ('names' in label) return label.names[locale];
  return say(label, locale);
}
