import { formatNiss } from '../../src/domain/niss';
import type { Names } from '../../src/domain/locale';
import type { Notice } from '../../src/i18n/grant.catalog';
import type { StatusAnswer } from './grant-access.types';

/** What a status question asked: by NISS, or by a name. */
export interface StatusAsked { niss: string | null; name?: string }

/** The answer to a status question, as the grant and the people dialogs say it (asked in the middle of either, the request left as it was). */
export function statusNotice(asked: StatusAsked, answer: StatusAnswer, namesOf: (code: string) => Names, waiting = false): Notice {
  const { name, niss } = asked;
  // Nobody so named, but near names: "did you mean Jan Peeters?"; with nothing else waiting, a yes asks their status.
  if (name !== undefined && !answer.matches && answer.near?.length) {
    return { key: 'statusNameNear', params: { name, candidates: answer.near.map((c) => `${c.label} (${formatNiss(c.niss)})`), nisses: answer.near.map((c) => c.niss), waiting } };
  }
  // By name: nobody or several of the manager's users so named is said; the NISS settles it.
  if (name !== undefined && answer.matches !== 1) return { key: answer.matches ? 'statusNameSeveral' : 'statusNameUnknown', params: { name } };
  return {
    key: 'statusAnswer',
    params: {
      niss: formatNiss(niss ?? answer.niss ?? ''),
      person: answer.person,
      items: answer.items.map((i) => ({
        names: namesOf(i.code),
        state: i.state,
        at: i.state === 'active' ? i.since : i.state === 'pending' ? i.at : null,
      })),
    },
  };
}
