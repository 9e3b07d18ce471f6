import type { Locale, Names } from '../src/domain/locale';
import type { Notice } from '../src/i18n/grant.catalog';
import type { PeopleNotice } from '../src/i18n/people.catalog';
import type { PeopleChatNotice } from '../src/i18n/manage.catalog';
import type { ChannelNotice } from '../src/i18n/channel.catalog';
import type { InputNotice } from '../src/i18n/input.catalog';
import type { GrantDone } from './grant/grant-access.types';
import type { HelpdeskReply } from './helpdesk/helpdesk.machine';

/** A portal guide's step, said by the renderer in the manager's language. */
export type GuideReply = Extract<HelpdeskReply, { kind: 'guide' }>;

/** A file sent with a message, as the Bot Framework carries it (botbuilder's Attachment has this shape). */
export interface Attachment {
  contentType: string;
  contentUrl?: string;
  content?: unknown;
  name?: string;
  thumbnailUrl?: string;
}

/**
 * What every conversation flow hands to the renderer (the grant dialog's View is one of them):
 * sentences from any catalog, an optional question with choices, files to attach.
 * A literal is text already made for the chat (Markdown), shown as it is: never put a value in one.
 */
export type Said = Notice | { people: PeopleNotice } | { chat: PeopleChatNotice } | { channel: ChannelNotice } | { input: InputNotice } | { guide: GuideReply } | { literal: string };
export type AnyLabel = Said | { names: Names };

export interface AnyPrompt {
  slot: string;
  message: Said;
  choices: { label: AnyLabel; value: AnyLabel }[];
  multiple: boolean;
}

export interface AnyView {
  notices: Said[];
  prompt: AnyPrompt | null;
  done: GrantDone | null;
  locale: Locale | null;
  /** Files sent with the message (an export). */
  attachments?: Attachment[];
}
