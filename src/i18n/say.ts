import type { Locale } from '../domain/locale';
import type { CatalogOf, NoticeOf } from './types';
import type { MessageParams } from './grant.catalog';
import type { PeopleMessageParams } from './people.catalog';
import type { PeopleChatParams } from './manage.catalog';
import type { ChannelMessageParams } from './channel.catalog';
import type { InputMessageParams } from './input.catalog';
import type { ExportMessageParams } from './export.catalog';
import type { PasswordMessageParams } from './password.catalog';
import type { MailMessageParams } from './mail.catalog';
import type { WebMessageParams } from './web.catalog';
import type { GuideMessageParams } from './guide.catalog';
import type { TeamsManifestParams } from './teams.catalog';
import { fr as grantFr } from './grant.fr';
import { nl as grantNl } from './grant.nl';
import { de as grantDe } from './grant.de';
import { en as grantEn } from './grant.en';
import { peopleFr } from './people.fr';
import { peopleNl } from './people.nl';
import { peopleDe } from './people.de';
import { peopleEn } from './people.en';
import { manageFr } from './manage.fr';
import { manageNl } from './manage.nl';
import { manageDe } from './manage.de';
import { manageEn } from './manage.en';
import { channelFr } from './channel.fr';
import { channelNl } from './channel.nl';
import { channelDe } from './channel.de';
import { channelEn } from './channel.en';
import { inputFr } from './input.fr';
import { inputNl } from './input.nl';
import { inputDe } from './input.de';
import { inputEn } from './input.en';
import { exportFr } from './export.fr';
import { exportNl } from './export.nl';
import { exportDe } from './export.de';
import { exportEn } from './export.en';
import { passwordFr } from './password.fr';
import { passwordNl } from './password.nl';
import { passwordDe } from './password.de';
import { passwordEn } from './password.en';
import { mailFr } from './mail.fr';
import { mailNl } from './mail.nl';
import { mailDe } from './mail.de';
import { mailEn } from './mail.en';
import { webFr } from './web.fr';
import { webNl } from './web.nl';
import { webDe } from './web.de';
import { webEn } from './web.en';
import { guideFr } from './guide.fr';
import { guideNl } from './guide.nl';
import { guideDe } from './guide.de';
import { guideEn } from './guide.en';
import { teamsFr } from './teams.fr';
import { teamsNl } from './teams.nl';
import { teamsDe } from './teams.de';
import { teamsEn } from './teams.en';

/**
 * Every area of sentences and the parameters of each of its keys (`<area>.catalog.ts`). An area
 * is implemented once per language (`<area>.<lang>.ts`); a key missing in one fails tsc here.
 */
export interface Areas {
  /** The grant dialog: chat and Adaptive Cards. */
  grant: MessageParams;
  /** People management and helpdesk notices (revocations, bulk grants, diagnoses). */
  people: PeopleMessageParams;
  /** The people-management conversations: lists, exports, revocations, designations, audit. */
  manage: PeopleChatParams;
  /** About the channel itself: unknown people, group chats. */
  channel: ChannelMessageParams;
  /** A message that could not be read as sent. */
  input: InputMessageParams;
  /** The user exports (CSV, Excel). */
  export: ExportMessageParams;
  /** The password page. */
  password: PasswordMessageParams;
  /** The invitation mail. */
  mail: MailMessageParams;
  /** The web page around the chat. */
  web: WebMessageParams;
  /** The portal guide, step by step. */
  guide: GuideMessageParams;
  /** The Teams app package: the app's names, descriptions and command menu. */
  teams: TeamsManifestParams;
}
export type Area = keyof Areas;
export type AreaNotice<A extends Area> = NoticeOf<Areas[A]>;

export const CATALOGS: { [A in Area]: Record<Locale, CatalogOf<Areas[A]>> } = {
  grant: { fr: grantFr, nl: grantNl, de: grantDe, en: grantEn },
  people: { fr: peopleFr, nl: peopleNl, de: peopleDe, en: peopleEn },
  manage: { fr: manageFr, nl: manageNl, de: manageDe, en: manageEn },
  channel: { fr: channelFr, nl: channelNl, de: channelDe, en: channelEn },
  input: { fr: inputFr, nl: inputNl, de: inputDe, en: inputEn },
  export: { fr: exportFr, nl: exportNl, de: exportDe, en: exportEn },
  password: { fr: passwordFr, nl: passwordNl, de: passwordDe, en: passwordEn },
  mail: { fr: mailFr, nl: mailNl, de: mailDe, en: mailEn },
  web: { fr: webFr, nl: webNl, de: webDe, en: webEn },
  guide: { fr: guideFr, nl: guideNl, de: guideDe, en: guideEn },
  teams: { fr: teamsFr, nl: teamsNl, de: teamsDe, en: teamsEn },
};

/** The sentences of one area in one language, to call by key: `messages('password', 'fr').passwordTitle()`. */
export function messages<A extends Area>(area: A, locale: Locale): CatalogOf<Areas[A]> {
  return CATALOGS[area][locale];
}

/** The sentence of a notice (a key and its parameters) of one area, in the given language. */
export function say<A extends Area>(area: A, notice: AreaNotice<A>, locale: Locale): string {
  const n = notice as { key: string; params?: unknown };
  const fn = (CATALOGS[area][locale] as unknown as Record<string, (p?: unknown) => string>)[n.key]!;
  return fn(n.params);
}
