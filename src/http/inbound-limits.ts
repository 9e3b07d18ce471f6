import { z } from 'zod';

/**
 * The per-field limits of an activity a person sends (Teams, Web Chat, the Emulator). Going
 * over one is not a malformed request: the person typed too much or attached too many things,
 * and deserves to be told so in the chat. So the activity reaches the bot bounded (the text cut
 * to a marker, the extra items dropped) and marked with what was wrong; the bot answers that and
 * reads nothing of the message. What is malformed (not JSON, no type, no conversation, a text
 * that is not a string) still gets its 400, and the HTTP body limits (src/http/body.ts) stay as
 * they are.
 */
export const INPUT_LIMITS = {
  /** Characters (code points) of a message's text. */
  text: 4000,
  /** Files or cards attached to one message (Teams adds one text/html rendering of the message). */
  attachments: 10,
  /** Entities of one message (mentions, Teams' clientInfo). */
  entities: 20,
  /** A display name, as it is kept. */
  name: 256,
  locale: 32,
  textFormat: 32,
} as const;

/** What is left of a text over the limit: its beginning, to show the person where it was cut. */
const TEXT_PREVIEW = 200;
export const TEXT_CUT_MARKER = ' […]';

/** Where the server puts what it found, in the activity's channelData: set by the server only. */
export const INBOUND_KEY = 'sesameInbound';

export const InputProblemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('textTooLong'), length: z.number().int().nonnegative(), max: z.number().int().positive() }),
  z.object({ kind: z.literal('tooManyAttachments'), count: z.number().int().nonnegative(), max: z.number().int().nonnegative() }),
  /** The channel takes no files at all (the web chat). */
  z.object({ kind: z.literal('attachmentsNotAccepted'), count: z.number().int().nonnegative() }),
  /** Files Sésame cannot read (an image, a PDF, a file shared from Teams' storage): their names. */
  z.object({ kind: z.literal('attachmentNotRead'), names: z.array(z.string().max(120)).max(5), more: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('tooManyEntities'), count: z.number().int().nonnegative(), max: z.number().int().positive() }),
  /** A card click whose data is not one of our cards' (cut, altered, from another app). */
  z.object({ kind: z.literal('unreadableValue') }),
  /** Nothing to read: no text, no card data, no file. */
  z.object({ kind: z.literal('empty') }),
]);
export type InputProblem = z.infer<typeof InputProblemSchema>;

const Inbound = z.object({ problems: z.array(InputProblemSchema).max(10) });

/** The problems the server marked on an activity; none when the mark is absent or not ours. */
export function inboundProblems(channelData: unknown): InputProblem[] {
  const mark = (channelData as Record<string, unknown> | null | undefined)?.[INBOUND_KEY];
  const parsed = Inbound.safeParse(mark);
  return parsed.success ? parsed.data.problems : [];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const codePoints = (s: string) => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};
const cut = (s: string, max: number) => (s.length <= max ? s : Array.from(s).slice(0, max).join(''));

/** At most `max` UTF-16 units, never half a surrogate pair. */
const cutUnits = (s: string, max: number) => s.slice(0, max).replace(/[\uD800-\uDBFF]$/, '');

export interface Bounded {
  activity: unknown;
  problems: InputProblem[];
}

/**
 * The activity as the bot may take it: every per-field limit applied, and what went over said in
 * `problems`. A value that is not an object, or a field of the wrong type, is left as it is for
 * the schema to refuse. Any mark a client put where the server's goes is removed.
 *
 * `attachments: 'none'`: the channel takes no files (Direct Line here: Web Chat's upload button is hidden).
 */
export function boundActivity(value: unknown, options: { attachments: 'some' | 'none' } = { attachments: 'some' }): Bounded {
  if (!isRecord(value)) return { activity: value, problems: [] };
  const a: Record<string, unknown> = { ...value };
  const problems: InputProblem[] = [];

  if (isRecord(a.channelData) && INBOUND_KEY in a.channelData) {
    const { [INBOUND_KEY]: _forged, ...rest } = a.channelData;
    a.channelData = rest;
  }
  if (typeof a.text === 'string' && a.text.length > INPUT_LIMITS.text) {
    const length = codePoints(a.text);
    if (length > INPUT_LIMITS.text) {
      problems.push({ kind: 'textTooLong', length, max: INPUT_LIMITS.text });
      a.text = `${cut(a.text, TEXT_PREVIEW)}${TEXT_CUT_MARKER}`;
    }
  }
  if (Array.isArray(a.attachments) && a.attachments.length > 0) {
    if (options.attachments === 'none') {
      problems.push({ kind: 'attachmentsNotAccepted', count: a.attachments.length });
      delete a.attachments;
    } else if (a.attachments.length > INPUT_LIMITS.attachments) {
      problems.push({ kind: 'tooManyAttachments', count: a.attachments.length, max: INPUT_LIMITS.attachments });
      delete a.attachments;
    }
  }
  if (Array.isArray(a.entities) && a.entities.length > INPUT_LIMITS.entities) {
    problems.push({ kind: 'tooManyEntities', count: a.entities.length, max: INPUT_LIMITS.entities });
    // Mentions of the recipient are kept: in a group they say the message is for Sésame.
    const recipient = isRecord(a.recipient) ? a.recipient.id : undefined;
    const mentionsUs = (e: unknown) => isRecord(e) && e.type === 'mention' && isRecord(e.mentioned) && e.mentioned.id === recipient;
    a.entities = [...a.entities.filter(mentionsUs), ...a.entities.filter((e) => isRecord(e) && e.type === 'clientInfo')].slice(0, INPUT_LIMITS.entities);
  }
  // Set by the client software, not typed: beyond their limits they are ignored, the turn goes on.
  if (typeof a.locale === 'string' && a.locale.length > INPUT_LIMITS.locale) delete a.locale;
  if (typeof a.textFormat === 'string' && a.textFormat.length > INPUT_LIMITS.textFormat) delete a.textFormat;
  if (isRecord(a.from) && typeof a.from.name === 'string' && a.from.name.length > INPUT_LIMITS.name) a.from = { ...a.from, name: cutUnits(a.from.name, INPUT_LIMITS.name) };
  return { activity: a, problems };
}

/** The activity with the server's mark added (only when there is something to say). */
export function markProblems(activity: Record<string, unknown>, problems: InputProblem[]): Record<string, unknown> {
  if (problems.length === 0) return activity;
  const channelData = isRecord(activity.channelData) ? activity.channelData : {};
  return { ...activity, channelData: { ...channelData, [INBOUND_KEY]: { problems } } };
}
