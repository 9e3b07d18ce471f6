import type { CatalogOf, NoticeOf } from './types';

/** Someone who can have a person registered as an access manager. */
export interface Contact {
  name: string;
  role: 'RAE' | 'CO_RAE';
  entity: string;
}

/**
 * What Sésame says about the channel itself (who it knows, group chats, personal chats), apart
 * from the dialogs. Same typed pattern as grant.catalog.ts: a missing sentence in one language fails tsc.
 */
export interface ChannelMessageParams {
  /**
   * A person Sésame does not know; `contacts` are the RAE / Co-RAE of the entities that vouch for
   * them (often none), `helpdesk` is SESAME_HELPDESK; `identifier` is what an administrator
   * registers (omitted in groups).
   */
  unknownPerson: { contacts: Contact[]; more: number; helpdesk: string | null; identifier: string | null };
  /** Sésame was added to a group chat or a team. */
  groupWelcome: void;
  /** In the group, to the manager who mentioned Sésame; `name` is their display name. */
  movedToPersonal: { name: string };
  /** In the group, when no personal chat could be opened. */
  personalChatNeeded: { name: string };
  /** First line in the personal chat when a conversation comes from a group. */
  continuedFromGroup: void;
}

export type ChannelMessageKey = keyof ChannelMessageParams;
export type ChannelCatalog = CatalogOf<ChannelMessageParams>;
export type ChannelNotice = NoticeOf<ChannelMessageParams>;
