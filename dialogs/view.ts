import type { Attachment } from 'botbuilder';
import type { Locale, Names } from '../src/domain/locale';
import type { Notice } from './messages/catalog';
import type { PeopleNotice } from './messages/people.catalog';
import type { PeopleChatNotice } from './messages/people-chat';
import type { ChannelNotice } from './messages/channel';
import type { InputNotice } from './messages/input';
import type { GrantDone } from './grant/grant-access.types';

/**
 * What every conversation flow hands to the renderer (the grant dialog's View is one of them):
 * sentences from any catalog, an optional question with choices, files to attach.
 * A literal is text already made for the chat (Markdown), shown as it is: never put a value in one.
 */
export type Said = Notice | { people: PeopleNotice } | { chat: PeopleChatNotice } | { channel: ChannelNotice } | { input: InputNotice } | { literal: string };
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
