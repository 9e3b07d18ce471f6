import WebSocket from 'ws';

export interface DlActivity {
  id: string;
  type: string;
  text?: string;
  from: { id: string; name?: string; role?: string };
  replyToId?: string;
  value?: unknown;
  attachments?: { contentType: string; content: Record<string, unknown> }[];
  channelData?: { clientActivityID?: string; sesame?: { expecting: string | null; done?: unknown; activated?: unknown } };
  timestamp?: string;
}

export interface Group {
  activities: DlActivity[];
  watermark: string;
}

/** A Direct Line 3.0 client over fetch, as directlinejs speaks it (polling), for integration tests. */
export class DirectLineClient {
  conversationId = '';
  watermark = '0';
  streamUrl = '';
  /** Sent with each activity, as Web Chat sends its locale. */
  locale = 'fr-BE';
  /** Set as the Sésame page marks what it sends when its language picker was used (channelData.sesame.pickedLocale). */
  pickedLocale: string | null = null;
  private counter = 0;

  constructor(
    private readonly baseUrl: string,
    public token: string,
  ) {}

  /** The demo page's token, for the page's language; `picked`: the messages marked with it too, as the page marks them. */
  static async demo(baseUrl: string, locale = 'fr-BE', picked = false): Promise<DirectLineClient> {
    const body = { locale };
    const res = await fetch(`${baseUrl}/api/webchat/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (res.status !== 200) throw new Error(`demo token: HTTP ${res.status}`);
    const client = new DirectLineClient(baseUrl, ((await res.json()) as { token: string }).token);
    client.locale = locale;
    if (picked) client.pickedLocale = locale;
    return client;
  }

  request(method: string, path: string, body?: unknown, token: string | null = this.token): Promise<Response> {
    return fetch(`${this.baseUrl}/v3/directline${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  }

  async start(): Promise<string> {
    const res = await this.request('POST', '/conversations');
    if (res.status !== 201 && res.status !== 200) throw new Error(`start: HTTP ${res.status}`);
    const body = (await res.json()) as { conversationId: string; token: string; streamUrl: string };
    this.conversationId = body.conversationId;
    this.token = body.token;
    this.streamUrl = body.streamUrl;
    return this.conversationId;
  }

  async post(activity: { text?: string; value?: unknown; locale?: string }): Promise<string> {
    const res = await this.request('POST', `/conversations/${this.conversationId}/activities`, {
      type: 'message',
      from: { id: 'ignored-by-the-server' },
      locale: this.locale,
      channelData: { clientActivityID: `client-${++this.counter}`, ...(this.pickedLocale ? { sesame: { pickedLocale: this.pickedLocale } } : {}) },
      ...activity,
    });
    if (res.status !== 200) throw new Error(`post: HTTP ${res.status}: ${await res.text()}`);
    return ((await res.json()) as { id: string }).id;
  }

  async activities(watermark = this.watermark): Promise<Group> {
    const res = await this.request('GET', `/conversations/${this.conversationId}/activities?watermark=${watermark}`);
    if (res.status !== 200) throw new Error(`activities: HTTP ${res.status}`);
    return (await res.json()) as Group;
  }

  /** Polls (as directlinejs does without WebSocket) until `count` new bot activities arrived; advances the watermark. */
  async botReplies(count = 1, timeoutMs = 5000): Promise<DlActivity[]> {
    const deadline = Date.now() + timeoutMs;
    const got: DlActivity[] = [];
    for (;;) {
      const group = await this.activities();
      this.watermark = group.watermark;
      got.push(...group.activities.filter((a) => a.from.role === 'bot' || a.from.id === 'sesame'));
      if (got.length >= count) return got;
      if (Date.now() > deadline) throw new Error(`expected ${count} bot activities, got ${got.length}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Sends a text and returns the bot's reply. */
  async say(text: string): Promise<DlActivity> {
    await this.post({ text });
    return (await this.botReplies(1))[0]!;
  }
}

/** Opens a stream and collects its groups. */
export function openStream(url: string): Promise<{ groups: Group[]; ws: WebSocket; next(count: number, timeoutMs?: number): Promise<DlActivity[]> }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const groups: Group[] = [];
    ws.on('message', (data) => {
      const text = String(data);
      if (text) groups.push(JSON.parse(text) as Group);
    });
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('open', () =>
      resolve({
        groups,
        ws,
        async next(count, timeoutMs = 5000) {
          const deadline = Date.now() + timeoutMs;
          while (groups.flatMap((g) => g.activities).length < count) {
            if (Date.now() > deadline) throw new Error(`expected ${count} streamed activities, got ${groups.flatMap((g) => g.activities).length}`);
            await new Promise((r) => setTimeout(r, 20));
          }
          return groups.flatMap((g) => g.activities);
        },
      }),
    );
  });
}
