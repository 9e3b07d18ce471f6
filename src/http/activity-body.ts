import { z } from 'zod';

/** A lone UTF-16 surrogate is stored by SQLite as U+FFFD: two different ids would become one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const identifier = (max: number) => z.string().min(1).max(max).refine((s) => !LONE_SURROGATE.test(s), 'not well-formed Unicode');

const account = z.object({ id: identifier(256), name: z.string().max(256).optional(), aadObjectId: z.string().max(64).optional() }).loose();

/**
 * What /api/messages accepts. CloudAdapter's own parser throws on some malformed bodies (a 500);
 * checking here answers 400 with the reason instead, and bounds what reaches the bot.
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
    text: z.string().max(4000).optional(),
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
