import type { Activity, Attachment } from 'botbuilder';
import { inboundProblems, type InputProblem } from '../http/inbound-limits';
import { attachmentText } from './attachments';
import { parseCardSubmit } from './card-submit';
import type { Said } from '../../dialogs/view';

/** Teams sends the message's own HTML rendering beside its text: not a file. */
const RENDERING = 'text/html';
const MAX_NAMES = 3;
const MAX_NAME = 120;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The files attached that Sésame cannot read (an image, a PDF, a file shared from Teams' storage). */
function unreadFiles(attachments: unknown): InputProblem | undefined {
  if (!Array.isArray(attachments)) return undefined;
  const names: string[] = [];
  for (const a of attachments) {
    if (isRecord(a) && a.contentType === RENDERING && a.name === undefined) continue;
    if (isRecord(a) && attachmentText(a as unknown as Attachment) !== undefined) continue;
    const label = isRecord(a) ? (typeof a.name === 'string' && a.name.trim() ? a.name : typeof a.contentType === 'string' ? a.contentType : '?') : '?';
    names.push(label.slice(0, MAX_NAME).replace(/[\uD800-\uDBFF]$/, ''));
  }
  if (names.length === 0) return undefined;
  return { kind: 'attachmentNotRead', names: names.slice(0, MAX_NAMES), more: Math.max(0, names.length - MAX_NAMES) };
}

/**
 * Why this message cannot be read as sent: what the server found (text too long, too many
 * attachments or entities, a file on the web chat), else a file Sésame cannot read, a card click
 * whose data is not our cards', or nothing at all. Empty: the message is read as usual.
 */
export function unreadProblems(a: Activity): InputProblem[] {
  const marked = inboundProblems(a.channelData);
  if (marked.length > 0) return marked;
  const files = unreadFiles(a.attachments);
  if (files) return [files];
  const typed = typeof a.text === 'string' && a.text.trim() !== '';
  if (typed) return [];
  const value = a.value as unknown;
  if (value !== undefined && value !== null) {
    if (parseCardSubmit(value)) return [];
    if (typeof value === 'string' && value.trim()) return [];
    if (isRecord(value) && ['text', 'choice'].some((k) => typeof value[k] === 'string' && (value[k] as string).trim())) return [];
    return [{ kind: 'unreadableValue' }];
  }
  const readableFiles = Array.isArray(a.attachments) && a.attachments.some((x) => isRecord(x) && x.contentType !== RENDERING);
  return readableFiles ? [] : [{ kind: 'empty' }];
}

/** The sentences for them. */
export function unreadNotices(problems: InputProblem[]): Said[] {
  return problems.map((p): Said => {
    switch (p.kind) {
      case 'textTooLong':
        return { input: { key: 'textTooLong', params: { length: p.length, max: p.max } } };
      case 'tooManyAttachments':
        return { input: { key: 'tooManyAttachments', params: { count: p.count, max: p.max } } };
      case 'attachmentsNotAccepted':
        return { input: { key: 'attachmentsNotAccepted', params: { count: p.count } } };
      case 'attachmentNotRead':
        return { input: { key: 'attachmentNotRead', params: { names: p.names, more: p.more } } };
      case 'tooManyEntities':
        return { input: { key: 'tooManyEntities', params: { count: p.count, max: p.max } } };
      case 'unreadableValue':
        return { input: { key: 'unreadableValue' } };
      case 'empty':
        return { input: { key: 'empty' } };
    }
  });
}
