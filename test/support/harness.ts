import { createServer, type IncomingMessage, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { startSesame, type Sesame } from '../../src/app';
import { createLogger } from '../../src/logger';
import type { Config } from '../../src/config';
import { captureDestination } from './privacy/capture';

/** A temporary folder for a test database, removed by `cleanup`. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sesame-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function testConfig(dbFile: string, overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dbFile,
    activationDelayMs: 20 * 60_000,
    idleTimeoutMs: 24 * 60 * 60_000,
    demoData: true,
    logLevel: 'silent',
    bot: { appId: '', appPassword: '', appType: '', tenantId: '' },
    ...overrides,
  };
}

/** Logs go to the privacy capture (at debug level) when the suite runs under jest's globalSetup. */
export function startTestSesame(config: Config): Promise<Sesame> {
  const capture = captureDestination();
  return startSesame(config, capture ? createLogger('debug', capture) : createLogger(config.logLevel));
}

/**
 * Stands in for the channel's connector (Teams, Direct Line): records what the bot posts to
 * /v3/conversations/{id}/activities, so proactive messages can be checked.
 */
export class FakeConnector {
  readonly received: { conversationId: string; activity: Record<string, unknown> }[] = [];
  /** Bodies of POST /v3/conversations (Teams: the bot opening a personal chat). */
  readonly created: Record<string, unknown>[] = [];
  /** Bodies of PUT /v3/conversations/{id}/activities/{activityId}: a sent message updated in place. */
  readonly updated: { conversationId: string; activityId: string; activity: Record<string, unknown> }[] = [];
  /** Make POST /v3/conversations fail, as Teams does when the user has not installed the app. */
  refuseCreate = false;
  /** Answer a sent message without its id, as a channel that cannot update messages may (the Agents Playground). */
  giveNoIds = false;
  private server: Server | undefined;
  url = '';
  private waiters: (() => void)[] = [];

  async start(): Promise<void> {
    this.server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        if (req.method === 'POST' && req.url === '/v3/conversations') {
          if (this.refuseCreate) {
            res.writeHead(403, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ error: { code: 'Forbidden', message: 'the bot is not installed for this user' } }));
            return;
          }
          this.created.push(JSON.parse(body) as Record<string, unknown>);
          res.writeHead(201, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ id: `a:personal-${this.created.length}`, activityId: '' }));
          return;
        }
        const put = /^\/v3\/conversations\/([^/]+)\/activities\/([^/]+)$/.exec(req.url ?? '');
        if (req.method === 'PUT' && put) {
          this.updated.push({ conversationId: decodeURIComponent(put[1]!), activityId: decodeURIComponent(put[2]!), activity: JSON.parse(body) as Record<string, unknown> });
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ id: decodeURIComponent(put[2]!) }));
          return;
        }
        const m = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
        if (req.method === 'POST' && m) {
          this.received.push({ conversationId: decodeURIComponent(m[1]!), activity: JSON.parse(body) as Record<string, unknown> });
          this.waiters.splice(0).forEach((w) => w());
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(this.giveNoIds ? {} : { id: `sent-${this.received.length}` }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  /** Resolves once `count` activities were received, or rejects after `timeoutMs`. */
  async waitFor(count: number, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`expected ${count} proactive messages, got ${this.received.length}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /**
   * Resolves once each of these conversations got its activation notice, or rejects after
   * `timeoutMs`. Counting messages is not enough: a crash may repeat a notice (never lose one).
   */
  async waitForActivations(conversationIds: Iterable<string>, timeoutMs = 5000): Promise<void> {
    const wanted = new Set(conversationIds);
    const missing = () => {
      const seen = new Set(
        this.received
          .filter((r) => (r.activity.channelData as { sesame?: { activated?: unknown } } | undefined)?.sesame?.activated !== undefined)
          .map((r) => r.conversationId),
      );
      return [...wanted].filter((id) => !seen.has(id));
    };
    const deadline = Date.now() + timeoutMs;
    while (missing().length > 0) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no activation notice for ${missing().slice(0, 5).join(', ')} (${missing().length} in all)`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export interface Reply {
  text: string;
  attachments?: { contentType: string; contentUrl?: string; name?: string; content?: unknown }[];
  suggestedActions?: { actions: { title: string; value: string }[] };
  inputHint?: string;
  channelData?: { sesame?: { expecting: string | null; done?: { grants: { id: number; application: string; activeAt: string }[]; functions: unknown[]; replayed: boolean } } };
}

let counter = 0;

/** A client speaking to /api/messages with deliveryMode expectReplies, as a test harness or load tool would. */
export class ChatClient {
  constructor(
    private readonly baseUrl: () => string,
    readonly conversationId: string,
    private readonly options: { from?: string; locale?: string; serviceUrl?: string } = {},
  ) {}

  async send(text: string, extra: { id?: string; locale?: string; attachments?: unknown[] } = {}): Promise<Reply[]> {
    const activity = {
      type: 'message',
      id: extra.id ?? `act-${++counter}`,
      channelId: 'test',
      serviceUrl: this.options.serviceUrl ?? 'http://127.0.0.1:9',
      deliveryMode: 'expectReplies',
      conversation: { id: this.conversationId },
      from: { id: this.options.from ?? 'demo-manager', name: 'Test' },
      recipient: { id: 'sesame', name: 'Sésame' },
      locale: extra.locale ?? this.options.locale ?? 'fr-BE',
      text,
      ...(extra.attachments ? { attachments: extra.attachments } : {}),
    };
    const res = await fetch(`${this.baseUrl()}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
    const body = (await res.json()) as { activities: Reply[] };
    return body.activities;
  }

  /** Sends each text and returns the last reply. */
  async walk(texts: string[]): Promise<Reply> {
    let last: Reply[] = [];
    for (const t of texts) last = await this.send(t);
    return last[last.length - 1]!;
  }
}
