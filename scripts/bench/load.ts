import autocannon from 'autocannon';
import { hospisupTurns, nissNumber } from '../../test/support/population';

export interface LoadResult {
  turnsPerSec: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

let conversationSeq = 0;
let userSeq = 0;

/**
 * Each autocannon connection is one conversation walking the seven HospiSup turns again and
 * again (a new person each time), with deliveryMode expectReplies: the reply is in the response.
 */
export async function walkGrants(url: string, options: { connections: number; seconds: number; population: number; overallRate?: number }): Promise<LoadResult> {
  const run = ++conversationSeq;
  type Ctx = { conv?: string; step: number; seq: number; niss: string };
  const result = await autocannon({
    url: `${url}/api/messages`,
    method: 'POST',
    connections: options.connections,
    duration: options.seconds,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    headers: { 'content-type': 'application/json' },
    initialContext: { step: 0, seq: 0, niss: '' },
    requests: [
      {
        setupRequest: (req: Record<string, unknown>, context: Ctx) => {
          context.conv ??= `bench-${run}-${++conversationSeq}`;
          if (context.step === 0) context.niss = nissNumber(userSeq++ % options.population);
          const text = hospisupTurns(context.niss)[context.step]!;
          context.step = (context.step + 1) % 7;
          context.seq += 1;
          return {
            ...req,
            body: JSON.stringify({
              type: 'message', id: `${context.conv}-${context.seq}`, channelId: 'bench', serviceUrl: 'http://127.0.0.1:9',
              deliveryMode: 'expectReplies', conversation: { id: context.conv }, from: { id: 'demo-manager', name: 'Sophie' },
              recipient: { id: 'sesame' }, locale: 'fr-BE', text,
            }),
          };
        },
      },
    ],
  } as autocannon.Options);
  return {
    turnsPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
