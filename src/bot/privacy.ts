import type { AnyView as View } from '../../dialogs/view';
import type { MessageKey } from '../i18n/grant.catalog';
import type { Render } from './turn-runner';

/**
 * What may be shown in a group chat or a team channel. An allow-list, so that a prompt or a
 * notice added later stays in the personal chat until someone decides it is harmless: choosing
 * the entity and the qualité involves nobody's personal data; everything from the NISS on does.
 */
const GROUP_SLOTS: ReadonlySet<string> = new Set(['entity', 'quality', 'activateQuality']);
const GROUP_NOTICES: ReadonlySet<MessageKey> = new Set<MessageKey>([
  'welcome', 'noEntity', 'whatNext', 'onlyEntity', 'onlyQuality', 'qualityInactiveNoRight', 'qualityNotActivated',
  'invalidChoice', 'ambiguousChoice', 'yesNoExpected', 'cancelled', 'conversationRestarted', 'notUnderstood', 'technicalError',
]);

export function viewIsGroupSafe(view: View): boolean {
  return (
    view.done === null &&
    (view.prompt === null || GROUP_SLOTS.has(view.prompt.slot)) &&
    view.notices.every((n) => 'key' in n && GROUP_NOTICES.has(n.key))
  );
}

/** Renders as `render` does, and marks each reply with whether a group may see it. */
export function markingGroupSafety(render: Render): Render {
  return (view, locale, card) => {
    const reply = render(view, locale, card) as { channelData?: { sesame?: Record<string, unknown> } & Record<string, unknown> };
    const channelData = reply.channelData ?? {};
    return { ...reply, channelData: { ...channelData, sesame: { ...channelData.sesame, groupSafe: viewIsGroupSafe(view) } } };
  };
}

/** Eleven digits, grouped or not (85073003328, 85.07.30-033.28, 850730 033 28). */
const NISS_LIKE = /(?<!\d)\d{2}[.\s/-]?\d{2}[.\s/-]?\d{2}[.\s/-]?\d{3}[.\s/-]?\d{2}(?!\d)/;

/** What a reader of the message sees: its text, cards and buttons (not the machine-readable channelData). */
function visiblePart(reply: Record<string, unknown>): string {
  return JSON.stringify([reply.text, reply.speak, reply.summary, reply.attachments, reply.suggestedActions]);
}

export function showsNissLike(reply: unknown): boolean {
  return NISS_LIKE.test(visiblePart((reply ?? {}) as Record<string, unknown>));
}

/**
 * Last gate before a group: the reply must have been marked safe when rendered (a replayed reply
 * from before the mark is not), and, whatever the mark says, show nothing that looks like a NISS.
 */
export function mayShowInGroup(reply: unknown): boolean {
  const r = (reply ?? {}) as { channelData?: { sesame?: { groupSafe?: unknown } } };
  return r.channelData?.sesame?.groupSafe === true && !showsNissLike(reply);
}
