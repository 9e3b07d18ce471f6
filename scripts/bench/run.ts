import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths';
import { seedDatabase } from './seed';
import { walkGrants, type LoadResult } from './load';
import { cpuSeconds, rssMb, startChild, type Child } from './proc';
import { activate100k, dueActivationsPerSecond, grantsPerSecond, noticesClaimedPerSecond } from './store-bench';

/**
 * `npm run bench`: every figure next to its baseline, measured in the same run, on 127.0.0.1.
 * Servers run as child processes (compiled JS), the load generator (autocannon) in this one.
 * BENCH_SECONDS sets the length of each load cell (default 8).
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const POPULATION = 20_000;
const dist = join(projectRoot, 'dist-bench');
const rows: string[][] = [];
const row = (...cells: (string | number)[]) => {
  rows.push(cells.map(String));
  console.error(`  ${cells.join(' | ')}`);
};
const f0 = (n: number) => n.toFixed(0);
const f1 = (n: number) => n.toFixed(1);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const sesame = (db: string, extra: Record<string, string> = {}) =>
  startChild([join(dist, 'src/index.js')], { SESAME_DB: db, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', SESAME_DEMO: '1', ...extra });
const baseline = (kind: string, db = '') => startChild([join(dist, 'scripts/bench/server-main.js'), kind, db]);

async function measure(child: Child, connections: number, extra: { overallRate?: number } = {}): Promise<LoadResult> {
  // A short warm-up so the JIT and SQLite caches are in the same state for every server.
  await walkGrants(child.url, { connections, seconds: 1, population: POPULATION });
  return walkGrants(child.url, { connections, seconds: SECONDS, population: POPULATION, ...extra });
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'sesame-bench-'));
  try {
    console.error(`bench: ${cpus().length} × ${cpus()[0]?.model}, node ${process.version}, ${SECONDS} s per cell`);
    for (const name of ['sesame.db', 'waterfall.db']) seedDatabase(join(dir, name), POPULATION).close();

    // 1. Turns/s and latency: full bot vs the baselines, same seven-turn walk, same connections.
    const servers: [string, () => Promise<Child>][] = [
      ['restify JSON echo', () => baseline('restify')],
      ['stock CloudAdapter echo', () => baseline('echo')],
      ['Waterfall + MemoryStorage', () => baseline('waterfall', join(dir, 'waterfall.db'))],
      ['Sésame (XState + SQLite)', () => sesame(join(dir, 'sesame.db'))],
    ];
    const turns: Record<string, Record<number, LoadResult>> = {};
    for (const [name, start] of servers) {
      const child = await start();
      turns[name] = {};
      for (const c of [1, 10, 50]) {
        const r = await measure(child, c);
        turns[name]![c] = r;
        row(`turns/s @${c} conv`, name, f0(r.turnsPerSec), `p50 ${r.p50} ms, p99 ${r.p99} ms`, r.non2xx + r.errors ? `${r.non2xx} non-2xx, ${r.errors} errors` : '');
      }
      if (name.startsWith('Sésame') || name.startsWith('stock')) {
        const r = await walkGrants(child.url, { connections: 50, seconds: SECONDS, population: POPULATION, overallRate: 500 });
        turns[name]![500] = r;
        row('fixed 500 turns/s over 50 conv', name, f0(r.turnsPerSec), `p50 ${r.p50} ms, p99 ${r.p99} ms`, '');
      }
      await child.stop();
    }
    const at50 = (name: string) => turns[name]![50]!.turnsPerSec;
    const ratios = {
      vsEcho: at50('Sésame (XState + SQLite)') / at50('stock CloudAdapter echo'),
      vsWaterfall: at50('Sésame (XState + SQLite)') / at50('Waterfall + MemoryStorage'),
    };

    // 2. Store: confirmations/s against raw inserts.
    const g = await grantsPerSecond(dir, Math.min(SECONDS, 5));
    row('grant confirmations/s (store)', 'grants.execute vs raw prepared inserts', f0(g.store), `raw ${f0(g.raw)}/s`, `${f0((100 * g.store) / g.raw)} % of raw`);

    // 3. 100k activations.
    const big = join(dir, 'big.db');
    const a = activate100k(big);
    row('activate + queue 100,000 due grants', 'activateDue', `${f1(a.seconds)} s`, `${a.grants} grants, ${a.notifications} notices`, '');

    // 3b. Due activations on the async interface: SQLite beside PostgreSQL with one and two claimers (instances).
    const d = await dueActivationsPerSecond(dir);
    row('due activations/s (async, 5,000 due)', 'AsyncDueWork, SQLite 1 claimer', f0(d.sqlite), d.postgres ? d.postgres.map((p) => `PostgreSQL ${p.claimers} claimer${p.claimers > 1 ? 's' : ''} ${f0(p.perSecond)}/s`).join(', ') : 'PostgreSQL not installed', '');

    // 3c. Notices claimed and marked sent under a lease (each sent once, whatever the number of instances).
    const o = await noticesClaimedPerSecond(dir);
    const claimers = (engine: string, figures: { claimers: number; perSecond: number }[]) =>
      figures.map((p) => `${engine} ${p.claimers} claimer${p.claimers > 1 ? 's' : ''} ${f0(p.perSecond)}/s`).join(', ');
    row('notices claimed+sent/s (5,000 due)', 'AsyncOutbox, SQLite 1 claimer', f0(o.sqlite[0]!.perSecond), [claimers('SQLite', o.sqlite.slice(1)), o.postgres ? claimers('PostgreSQL', o.postgres) : 'PostgreSQL not installed'].join(', '), '');

    // 4. Start-up on 100k grants, idle CPU, RSS.
    const empty = join(dir, 'empty.db');
    seedDatabase(empty, 0).close();
    const small = await sesame(empty);
    await small.stop();
    const onBig = await sesame(big);
    row('start-up, 100k grants (spawn → listening)', 'Sésame', `${f0(onBig.readyMs)} ms`, `empty db: ${f0(small.readyMs)} ms`, `in-app startupMs ${f1(Number(onBig.info.startupMs))} vs ${f1(Number(small.info.startupMs))}`);
    await sleep(2000);
    const idleSeconds = 10;
    const restify = await baseline('restify');
    await sleep(2000);
    const c0 = cpuSeconds(onBig.process.pid!);
    const r0 = cpuSeconds(restify.process.pid!);
    await sleep(idleSeconds * 1000);
    const idle = (100 * (cpuSeconds(onBig.process.pid!) - c0)) / idleSeconds;
    const idleRestify = (100 * (cpuSeconds(restify.process.pid!) - r0)) / idleSeconds;
    row('idle CPU (10 s, 100k grants in db)', 'Sésame', `${f1(idle)} %`, `restify echo ${f1(idleRestify)} %`, '');
    await onBig.stop();

    // 5. RSS with 10,000 persisted conversations (each one turn in, then one more after a restart).
    const convDb = join(dir, 'conversations.db');
    seedDatabase(convDb, 0).close();
    let server = await sesame(convDb);
    await touchConversations(server.url, 10_000, 'bonjour');
    await server.stop();
    server = await sesame(convDb);
    const rssStart = rssMb(server.process.pid!);
    await touchConversations(server.url, 10_000, '2');
    const rssAfter = rssMb(server.process.pid!);
    await server.stop();
    // V8 collects lazily: RSS says as much about the heap limit as about what is kept. With the
    // heap capped, the same 10,000 turns show whether anything per conversation stays in memory.
    server = await sesame(convDb, { NODE_OPTIONS: '--max-old-space-size=64' });
    await touchConversations(server.url, 10_000, '1');
    const rssCapped = rssMb(server.process.pid!);
    await server.stop();
    const echo = await baseline('echo');
    await touchConversations(echo.url, 10_000, '2');
    const rssEcho = rssMb(echo.process.pid!);
    await echo.stop();
    await restify.stop();
    row('RSS, 10,000 persisted conversations', 'Sésame after one turn in each', `${f0(rssAfter)} MB`, `at start ${f0(rssStart)} MB; stock echo after 10,000 turns ${f0(rssEcho)} MB`, `heap capped at 64 MB: ${f0(rssCapped)} MB, no failure`);

    console.log(table(ratios));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One turn in each of `n` conversations, 50 at a time. */
async function touchConversations(url: string, n: number, text: string) {
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      const res = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message', id: `rss-${i}-${text}`, channelId: 'bench', serviceUrl: 'http://127.0.0.1:9', deliveryMode: 'expectReplies',
          conversation: { id: `rss-${i}` }, from: { id: 'demo-manager' }, recipient: { id: 'sesame' }, locale: 'fr-BE', text,
        }),
      });
      await res.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: 50 }, worker));
}

function table(ratios: { vsEcho: number; vsWaterfall: number }): string {
  const header = ['measure', 'subject', 'figure', 'baseline (same run)', 'note'];
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
    '',
    `Sésame / stock echo at 50 conversations: ${ratios.vsEcho.toFixed(2)}× (target ≥ 1.5×); Sésame / Waterfall: ${ratios.vsWaterfall.toFixed(2)}× (target ≥ 2.5×)`,
  ].join('\n');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
