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
}

export const FUZZ_ENDPOINTS: FuzzEndpoint[] = [{ name: 'Bot Framework messages', method: 'POST', path: '/api/messages', activity: true }];
