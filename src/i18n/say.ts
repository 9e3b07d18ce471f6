import type { Locale } from '../domain/locale';
import type { PeopleCatalog, PeopleNotice } from './people.catalog';
import { peopleFr } from './people.fr';
import { peopleNl } from './people.nl';
import { peopleDe } from './people.de';
import { peopleEn } from './people.en';

export const PEOPLE_MESSAGES: Record<Locale, PeopleCatalog> = { fr: peopleFr, nl: peopleNl, de: peopleDe, en: peopleEn };

/** The sentence for a notice of the people catalog, in the given language. */
export function sayPeople(notice: PeopleNotice, locale: Locale): string {
  const fn = PEOPLE_MESSAGES[locale][notice.key] as (p?: unknown) => string;
  return fn('params' in notice ? notice.params : undefined);
}
