import type { Attachment } from 'botbuilder';
import { safeDecode } from '../http/safe-decode';
import { parseNissList, type BulkInputLine } from '../services/bulk.service';

/** Beyond this, a file is not a list of people one confirms in a chat. */
const MAX_FILE_BYTES = 1_000_000;
const TEXT_TYPES = /^(text\/csv|text\/plain|application\/csv|application\/vnd\.ms-excel)\b/i;

/** The text of a CSV or text attachment: inline content, or a data: URL (what Web Chat and the Emulator send). */
export function attachmentText(a: Attachment): string | undefined {
  if (!TEXT_TYPES.test(a.contentType ?? '') && !/\.(csv|txt)$/i.test(a.name ?? '')) return undefined;
  if (typeof a.content === 'string') return a.content.length <= MAX_FILE_BYTES ? a.content : undefined;
  const m = /^data:([^,]*?),(.*)$/s.exec(a.contentUrl ?? '');
  if (!m) return undefined;
  // A bad escape in a non-base64 data: URL (`%ZZ`) is a file we cannot read, not a failed turn.
  const text = m[1]!.endsWith(';base64') ? Buffer.from(m[2]!, 'base64').toString('utf8') : safeDecode(m[2]!);
  return text !== undefined && Buffer.byteLength(text) <= MAX_FILE_BYTES ? text : undefined;
}

/** NISS lines of the CSV or text files attached to a message; empty when there are none. */
export function attachedNissLines(attachments: Attachment[] | undefined): BulkInputLine[] {
  const out: BulkInputLine[] = [];
  for (const a of attachments ?? []) {
    const text = attachmentText(a);
    if (text !== undefined) out.push(...parseNissList(text));
  }
  return out;
}
