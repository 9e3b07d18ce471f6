import { ActivityTypes, type Activity, type Attachment, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Locale } from '../domain/locale';
import type { Store } from '../store/store';
import type { Manager } from '../store/people.repo';
import type { PeopleChatNotice } from '../i18n/manage.catalog';
import { renderText } from './render';
import { safeUrl } from '../http/safe-decode';

/**
 * Files in Teams. A bot cannot attach bytes to a Teams message: it offers the file with a
 * file-consent card, Teams asks the user, and on "accept" gives the bot a OneDrive upload URL
 * (the invoke below); the bot uploads there and shows a file-info card. The bytes wait in
 * pending_files meanwhile. Web Chat and the Emulator take a data: URL attachment instead.
 */
export const FILE_CONSENT_INVOKE = 'fileConsent/invoke';
const CONSENT_CARD = 'application/vnd.microsoft.teams.card.file.consent';
const INFO_CARD = 'application/vnd.microsoft.teams.card.file.info';
/** Teams gives up on an invoke after 15 s; the upload must be done and answered before. */
const UPLOAD_TIMEOUT_MS = 10_000;

/** Where files are attached as a consent card: Teams. */
export const offersFiles = (channelId: string | undefined) => channelId === 'msteams';

export function fileConsentCard(fileName: string, sizeInBytes: number, description: string, fileId: string): Attachment {
  const context = { sesameFile: fileId };
  return { contentType: CONSENT_CARD, name: fileName, content: { description, sizeInBytes, acceptContext: context, declineContext: context } };
}

const consentValue = z.object({
  type: z.literal('fileUpload'),
  action: z.enum(['accept', 'decline']),
  context: z.object({ sesameFile: z.string().regex(/^[0-9a-f]{32}$/) }),
  uploadInfo: z
    .object({
      uploadUrl: z.string().url().max(4000),
      contentUrl: z.string().url().max(4000),
      name: z.string().min(1).max(400),
      uniqueId: z.string().max(400).optional(),
      fileType: z.string().max(40).optional(),
    })
    .optional(),
});

/** OneDrive's upload URLs are https; plain http only to this machine (tests, a local emulator). */
function uploadAllowed(url: string): boolean {
  const u = safeUrl(url);
  return u !== undefined && (u.protocol === 'https:' || (u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname)));
}

export interface FileConsentDeps {
  store: Store;
  logger: Logger;
  now: number;
  manager: Manager | undefined;
  locale: Locale;
}

/**
 * Answers Teams' fileConsent/invoke: a malformed one gets 400; anything else 200 with a sentence
 * (expired offer, someone else's file, declined, uploaded, upload failed), since Teams shows an
 * error banner for any other status and the user can do nothing about it.
 */
export async function answerFileConsent(context: TurnContext, deps: FileConsentDeps): Promise<void> {
  const parsed = consentValue.safeParse(context.activity.value);
  if (!parsed.success || (parsed.data.action === 'accept' && !parsed.data.uploadInfo) || (parsed.data.uploadInfo && !uploadAllowed(parsed.data.uploadInfo.uploadUrl))) {
    await respond(context, 400);
    return;
  }
  const { action, context: offer, uploadInfo } = parsed.data;
  const { store, locale } = deps;
  const tell = async (notice: PeopleChatNotice, extra: Partial<Activity> = {}) => {
    try {
      await context.sendActivity({ ...renderText({ chat: notice }, locale), ...extra });
    } catch (err) {
      deps.logger.warn({ err: (err as Error).message }, 'could not answer a file consent');
    }
  };
  const file = store.pendingFiles.get(offer.sesameFile, deps.now);
  if (!file) {
    await tell({ key: 'fileExpired' });
    return respond(context, 200);
  }
  // Only the manager the export was made for; the file holds what their role may see.
  if (!deps.manager || deps.manager.id !== file.managerId) {
    deps.logger.info({ managerId: deps.manager?.id ?? null }, 'file consent answered by someone else');
    await tell({ key: 'fileNotYours' });
    return respond(context, 200);
  }
  // Single use: a second click (or Teams re-sending the invoke) finds nothing.
  if (!store.pendingFiles.take(file.id)) {
    await tell({ key: 'fileExpired' });
    return respond(context, 200);
  }
  if (action === 'decline') {
    await tell({ key: 'fileDeclined', params: { fileName: file.fileName } });
    return respond(context, 200);
  }
  const info = uploadInfo!;
  try {
    const n = file.content.length;
    const res = await fetch(info.uploadUrl, {
      method: 'PUT',
      headers: { 'Content-Length': String(n), 'Content-Range': `bytes 0-${n - 1}/${n}` },
      body: file.content,
      signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
    });
    await res.arrayBuffer().catch(() => undefined);
    if (!res.ok) throw new Error(`upload answered HTTP ${res.status}`);
  } catch (err) {
    deps.logger.warn({ err: (err as Error).message }, 'file upload failed');
    await tell({ key: 'fileUploadFailed' });
    return respond(context, 200);
  }
  await tell(
    { key: 'fileUploaded', params: { fileName: info.name } },
    { attachments: [{ contentType: INFO_CARD, contentUrl: info.contentUrl, name: info.name, content: { uniqueId: info.uniqueId, fileType: info.fileType } }] },
  );
  return respond(context, 200);
}

/** CloudAdapter answers an invoke's HTTP request with the value of the turn's invokeResponse activity. */
async function respond(context: TurnContext, status: number): Promise<void> {
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status } });
}
