import { randomBytes } from 'node:crypto';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { DirectLineRepo } from '../store/directline.repo';
import type { TokenClaims } from './tokens';
import { markProblems, type InputProblem } from '../http/inbound-limits';

export const DIRECT_LINE_CHANNEL = 'directline';
export const BOT_ACCOUNT = { id: 'sesame', name: 'Sésame', role: 'bot' };

export interface ActivityGroup {
  activities: Record<string, unknown>[];
  watermark: string;
}

export type Access = 'ok' | 'notFound' | 'forbidden';

export interface DirectLineDeps {
  repo: DirectLineRepo;
  /** The channel's adapter: the same CloudAdapter code path as Teams, so replies go out over the connector. */
  adapter: CloudAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  /** Where the bot posts its replies: this server's connector endpoint for Direct Line. */
  connectorUrl: () => string;
  logger: Logger;
  clock?: () => number;
}

/** What a client may send; everything else (from, ids, serviceUrl) is set by the channel. */
export interface ClientActivity {
  type: string;
  text?: string | undefined;
  textFormat?: string | undefined;
  locale?: string | undefined;
  value?: unknown;
  name?: string | undefined;
  channelData?: Record<string, unknown> | undefined;
  entities?: unknown[] | undefined;
}

const idOf = (conversationId: string, seq: number) => `${conversationId}|${String(seq).padStart(7, '0')}`;

/**
 * A Direct Line 3.0 channel inside Sésame: conversations owned by the token's user, an activity
 * log whose positions are the watermarks, live delivery to open streams, and delivery of the
 * user's activities to the bot through its CloudAdapter (replies come back over the connector).
 */
export class DirectLineService {
  private readonly listeners = new Map<string, Set<(group: ActivityGroup) => void>>();
  private readonly clock: () => number;

  constructor(private readonly deps: DirectLineDeps) {
    this.clock = deps.clock ?? Date.now;
  }

  newConversationId(): string {
    return randomBytes(16).toString('base64url');
  }

  /** Opens a conversation for the token's user: the token's own one if it names one, else a new one. */
  start(claims: TokenClaims): { conversationId: string; created: boolean } | 'forbidden' {
    const conversationId = claims.conversationId ?? this.newConversationId();
    const created = this.deps.repo.create(conversationId, claims.userId, this.clock());
    if (!created && this.deps.repo.owner(conversationId) !== claims.userId) return 'forbidden';
    if (created) void this.deliverToBot(conversationId, claims, this.conversationUpdate(conversationId, claims));
    return { conversationId, created };
  }

  exists(conversationId: string): boolean {
    return this.deps.repo.owner(conversationId) !== undefined;
  }

  access(claims: TokenClaims, conversationId: string): Access {
    const owner = this.deps.repo.owner(conversationId);
    if (owner === undefined) return 'notFound';
    if (owner !== claims.userId) return 'forbidden';
    // A token made for one conversation opens that one only.
    if (claims.conversationId && claims.conversationId !== conversationId) return 'forbidden';
    return 'ok';
  }

  activities(conversationId: string, watermark: number): ActivityGroup {
    const rows = this.deps.repo.after(conversationId, watermark);
    const last = rows[rows.length - 1]?.seq ?? Math.max(watermark, 0);
    return { activities: rows.map((r) => r.activity), watermark: String(last) };
  }

  /** Sends the backlog after `watermark`, then every new activity, until unsubscribed. */
  subscribe(conversationId: string, watermark: number, send: (group: ActivityGroup) => void): () => void {
    let sentUpTo = watermark;
    const listener = (group: ActivityGroup) => {
      if (Number(group.watermark) <= sentUpTo && group.activities.every((a) => !isEphemeral(a))) return;
      sentUpTo = Math.max(sentUpTo, Number(group.watermark));
      send(group);
    };
    // Synchronous from here to registration: nothing can be appended in between.
    for (;;) {
      const backlog = this.deps.repo.after(conversationId, sentUpTo);
      if (backlog.length === 0) break;
      sentUpTo = backlog[backlog.length - 1]!.seq;
      send({ activities: backlog.map((r) => r.activity), watermark: String(sentUpTo) });
    }
    let set = this.listeners.get(conversationId);
    if (!set) this.listeners.set(conversationId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(conversationId) === set) this.listeners.delete(conversationId);
    };
  }

  /**
   * The user's activity: logged (Web Chat waits for this echo), then given to the bot. `problems`
   * (a text too long, a file): the bot is told, and answers them; the log keeps the bounded activity.
   */
  async postFromUser(conversationId: string, claims: TokenClaims, body: ClientActivity, problems: InputProblem[] = []): Promise<{ id: string }> {
    const now = this.clock();
    const base = {
      type: body.type,
      ...(body.text !== undefined ? { text: body.text } : {}),
      ...(body.textFormat ? { textFormat: body.textFormat } : {}),
      ...(body.locale ? { locale: body.locale } : {}),
      ...(body.value !== undefined ? { value: body.value } : {}),
      ...(body.name ? { name: body.name } : {}),
      ...(body.channelData ? { channelData: body.channelData } : {}),
      ...(body.entities ? { entities: body.entities } : {}),
      timestamp: new Date(now).toISOString(),
      channelId: DIRECT_LINE_CHANNEL,
      conversation: { id: conversationId },
      from: { id: claims.userId, ...(claims.name ? { name: claims.name } : {}), role: 'user' },
      recipient: BOT_ACCOUNT,
    };
    if (body.type === 'typing') {
      const activity = { ...base, id: `${conversationId}|typing-${now}` };
      this.broadcast(conversationId, { activities: [activity], watermark: String(this.deps.repo.lastSeq(conversationId)) });
      return { id: activity.id };
    }
    const logged = this.deps.repo.append(conversationId, (seq) => ({ ...base, id: idOf(conversationId, seq) }), now);
    this.broadcast(conversationId, { activities: [logged.activity], watermark: String(logged.seq) });
    await this.deliverToBot(conversationId, claims, markProblems(logged.activity, problems));
    return { id: String(logged.activity.id) };
  }

  /** What the bot sends (through the connector endpoint): logged and pushed to open streams. */
  postFromBot(conversationId: string, activity: Record<string, unknown>): { id: string } {
    const now = this.clock();
    const { serviceUrl: _serviceUrl, ...rest } = activity;
    const base: Record<string, unknown> = {
      ...rest,
      timestamp: typeof rest.timestamp === 'string' ? rest.timestamp : new Date(now).toISOString(),
      channelId: DIRECT_LINE_CHANNEL,
      conversation: { id: conversationId },
      from: (rest.from as object | undefined) ?? BOT_ACCOUNT,
    };
    if (base.type === 'typing') {
      const typing = { ...base, id: `${conversationId}|typing-${now}` };
      this.broadcast(conversationId, { activities: [typing], watermark: String(this.deps.repo.lastSeq(conversationId)) });
      return { id: typing.id };
    }
    const logged = this.deps.repo.append(conversationId, (seq) => ({ ...base, id: idOf(conversationId, seq) }), now);
    this.broadcast(conversationId, { activities: [logged.activity], watermark: String(logged.seq) });
    return { id: String(logged.activity.id) };
  }

  /**
   * updateActivity: the new version is appended with the same id and the first one's timestamp,
   * so Web Chat, which keys activities by id, replaces the card where it was.
   */
  updateFromBot(conversationId: string, activityId: string, activity: Record<string, unknown>): { id: string } | undefined {
    const previous = this.deps.repo.activity(conversationId, activityId);
    if (!previous) return undefined;
    const { serviceUrl: _serviceUrl, ...rest } = activity;
    const updated = {
      ...rest,
      id: activityId,
      timestamp: previous.timestamp,
      channelId: DIRECT_LINE_CHANNEL,
      conversation: { id: conversationId },
      from: previous.from,
    };
    const logged = this.deps.repo.append(conversationId, () => updated, this.clock());
    this.broadcast(conversationId, { activities: [logged.activity], watermark: String(logged.seq) });
    return { id: activityId };
  }

  private broadcast(conversationId: string, group: ActivityGroup): void {
    for (const listener of this.listeners.get(conversationId) ?? []) {
      try {
        listener(group);
      } catch (err) {
        this.deps.logger.warn({ err }, 'a direct line stream could not be written');
      }
    }
  }

  private conversationUpdate(conversationId: string, claims: TokenClaims): Record<string, unknown> {
    const user = { id: claims.userId, ...(claims.name ? { name: claims.name } : {}), role: 'user' };
    return {
      type: 'conversationUpdate',
      id: `${conversationId}|start`,
      timestamp: new Date(this.clock()).toISOString(),
      channelId: DIRECT_LINE_CHANNEL,
      conversation: { id: conversationId },
      from: user,
      recipient: BOT_ACCOUNT,
      membersAdded: [user],
      ...(claims.locale ? { locale: claims.locale } : {}),
      // Marked as the page marks its messages: the language its picker was set to.
      ...(claims.locale && claims.localePicked ? { channelData: { sesame: { pickedLocale: claims.locale } } } : {}),
    };
  }

  /** The page's language, as the page marks its messages, for a client of the page's token that did not mark it. */
  private pageLanguage(activity: Record<string, unknown>, claims: TokenClaims): Record<string, unknown> {
    const channelData = (activity.channelData ?? {}) as { sesame?: { pickedLocale?: unknown } };
    if (!claims.locale || !claims.localePicked || channelData.sesame?.pickedLocale) return {};
    return { channelData: { ...channelData, sesame: { ...channelData.sesame, pickedLocale: claims.locale } } };
  }

  /** As a channel does: POST the activity to the bot's adapter, which answers over the connector. */
  private async deliverToBot(conversationId: string, claims: TokenClaims, activity: Record<string, unknown>): Promise<void> {
    const body = { ...activity, serviceUrl: this.deps.connectorUrl(), ...(activity.locale || !claims.locale ? {} : { locale: claims.locale }), ...this.pageLanguage(activity, claims) };
    let status = 200;
    const res = {
      socket: undefined,
      status: (code: number) => void (status = code),
      header: () => undefined,
      send: () => undefined,
      end: () => undefined,
    };
    try {
      await this.deps.adapter.process({ method: 'POST', headers: {}, body }, res, (context) => this.deps.bot.run(context));
    } catch (err) {
      status = 500;
      this.deps.logger.error({ err, conversationId }, 'direct line activity could not be processed');
    }
    if (status >= 400) this.deps.logger.warn({ status, conversationId }, 'the bot refused a direct line activity');
  }
}

function isEphemeral(activity: Record<string, unknown>): boolean {
  return activity.type === 'typing';
}
