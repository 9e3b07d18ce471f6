/**
 * The HTTP endpoints that take input from the outside, for the fuzz test. Add a channel's
 * endpoints here (Direct Line: /v3/directline/...) and the fuzzer covers them too.
 */
export interface FuzzEndpoint {
  name: string;
  method: 'POST' | 'PUT' | 'GET';
  /** May hold ':conversationId', replaced by a generated (possibly hostile) id. */
  path: string;
  /** Headers every request carries (e.g. a Direct Line token obtained in setup). */
  headers?: () => Record<string, string>;
  /** Whether the body is a Bot Framework activity (the fuzzer then mostly sends activity-shaped bodies). */
  activity: boolean;
  /** Runs once against the started server (a token, a conversation) before the requests. */
  setup?: (baseUrl: string) => Promise<void>;
  /** Statuses each of which must have been answered at least once (refusals and real turns). */
  expects: number[];
  /** Tables a legitimate request may change besides a turn's own (conversations, replies). */
  changes?: string[];
  /** Share of the run's requests (FUZZ_RUNS, 10,000 by default) this endpoint gets; 1 when absent. */
  share?: number;
  /** Conversation ids a legitimate request may create or move on, besides known managers' own. */
  conversations?: () => string[];
}

/** A web chat user's token and conversation, obtained as the page does. */
const webChat = { token: '', conversationId: '' };
const bearer = () => ({ authorization: `Bearer ${webChat.token}` });

/** The site's secret in these runs: the fuzzer's web chat user is the demo helpdesk agent (read-only). */
export const FUZZ_DIRECT_LINE_SECRET = 'fuzz-secret-'.padEnd(48, 'x');

async function startWebChat(baseUrl: string): Promise<void> {
  // Only managers get a token; the helpdesk role changes nothing, so no turn can ever grant.
  const exchanged = await fetch(`${baseUrl}/v3/directline/tokens/generate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${FUZZ_DIRECT_LINE_SECRET}`, 'content-type': 'application/json' },
    body: JSON.stringify({ user: { id: 'demo-helpdesk', name: 'Fuzz' } }),
  });
  const token = ((await exchanged.json()) as { token: string }).token;
  const started = await fetch(`${baseUrl}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  const body = (await started.json()) as { conversationId: string; token: string };
  Object.assign(webChat, { token: body.token, conversationId: body.conversationId });
}

export const FUZZ_ENDPOINTS: FuzzEndpoint[] = [
  { name: 'Bot Framework messages', method: 'POST', path: '/api/messages', activity: true, expects: [400, 200] },
  // Without the site's secret, every exchange is refused, whatever the body.
  { name: 'Direct Line token exchange', share: 0.3, method: 'POST', path: '/v3/directline/tokens/generate', activity: false, expects: [401] },
  {
    name: 'Direct Line activities', share: 0.3,
    method: 'POST',
    path: '/v3/directline/conversations/:fixed/activities',
    activity: true,
    setup: startWebChat,
    headers: bearer,
    expects: [400, 200],
    changes: ['directline_conversations', 'directline_activities'],
    conversations: () => [webChat.conversationId],
  },
  // Someone else's or a made-up conversation: never read, never a crash.
  {
    name: 'Direct Line history of another conversation', share: 0.3, method: 'GET', path: '/v3/directline/conversations/:conversationId/activities?watermark=0',
    activity: true, setup: startWebChat, headers: bearer, expects: [404],
    // The welcome of the conversation made in setup may land while the fuzzer runs.
    changes: ['directline_activities'],
  },
];

/** The path of a request: a generated conversation id, or the one from setup. */
export function pathOf(endpoint: FuzzEndpoint, generatedConversationId: string): string {
  return endpoint.path.replace(':fixed', encodeURIComponent(webChat.conversationId)).replace(':conversationId', generatedConversationId);
}
