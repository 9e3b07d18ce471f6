import { z } from 'zod';
import { INPUT_LIMITS } from './inbound-limits';

/** A lone UTF-16 surrogate is stored by SQLite as U+FFFD: two different ids would become one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const identifier = (max: number) => z.string().min(1).max(max).refine((s) => !LONE_SURROGATE.test(s), 'not well-formed Unicode');

const account = z.object({ id: identifier(256), name: z.string().max(256).optional(), aadObjectId: z.string().max(64).optional() }).loose();

/**
 * What /api/messages accepts. CloudAdapter's own parser throws on some malformed bodies (a 500);
 * checking here answers 400 with the reason instead. It runs after boundActivity
 * (inbound-limits.ts): a text too long or too many attachments is the person's to hear about
 * in the chat, not a 400; what is left here is a malformed activity.
 */
export const ActivityBody = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(256).refine((s) => !LONE_SURROGATE.test(s), 'not well-formed Unicode').optional(),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.url().max(2048).optional(),
    conversation: z.object({ id: identifier(512), isGroup: z.boolean().optional(), conversationType: z.string().max(64).optional() }).loose(),
    from: account,
    recipient: account.optional(),
    // Counted in code points by boundActivity, which cuts a longer text first: two UTF-16 units each at most.
    text: z.string().max(INPUT_LIMITS.text * 2).optional(),
    locale: z.string().max(32).optional(),
    deliveryMode: z.enum(['normal', 'expectReplies', 'notification', 'ephemeral']).optional(),
    value: z.unknown().optional(),
    membersAdded: z.array(account).max(100).optional(),
  })
  .loose()
  .refine((a) => a.deliveryMode === 'expectReplies' || a.serviceUrl !== undefined, {
    message: 'serviceUrl is required unless deliveryMode is "expectReplies"',
    path: ['serviceUrl'],
  });

export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}
