import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSesame, type Sesame } from '../../src/app';
import { createLogger } from '../../src/logger';
import type { Config } from '../../src/config';
import { dayAfter } from '../../src/domain/dates';
import { ANSWERS, CASES, type Lang, type OneSentence } from './one-sentence-cases';

/**
 * `npm run measure:turns`: how many messages a manager sends for a grant when one sentence says
 * it all (target: 2, the sentence and "oui"). Each sentence runs in a fresh store with the demo
 * data, against the real server on 127.0.0.1 (deliveryMode expectReplies, as the integration
 * tests do), followed by the shortest answer to every question until the grant is recorded.
 * Prints per language and overall the median and the maximum, then every sentence that took
 * more than two turns with the questions asked, and every grant that differs from what was said.
 */
const LOCALES: Record<Lang, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };
/** A request still open after this many messages has failed; the figure is kept as it is. */
const MAX_TURNS = 10;
const NEEDS_FUNCTION = new Set(['COLINDOS', 'HOSPILISS']);
/** `-- --show <words>`: the whole conversation of each sentence containing these words, to see why. */
const SHOW = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1]?.toLowerCase() : undefined;

interface Reply {
  text?: string;
  channelData?: { sesame?: { expecting?: string | null; done?: { grants: { application: string }[]; functions: { function: string; startDate: string }[] } } };
}

interface Outcome {
  lang: Lang;
  sentence: OneSentence;
  turns: number;
  granted: boolean;
  /** Every question asked after the sentence, the summary's included. */
  asked: { slot: string; question: string }[];
  /** What the store holds that differs from what was said. */
  wrong: string[];
}

function config(dbFile: string): Config {
  return {
    port: 0, host: '127.0.0.1', dbFile, activationDelayMs: 20 * 60_000, idleTimeoutMs: 24 * 60 * 60_000, demoData: true, logLevel: 'silent',
    bot: { appId: '', appPassword: '', appType: '', tenantId: '' },
  };
}

let counter = 0;
async function send(sesame: Sesame, conversationId: string, locale: string, text: string, show: boolean): Promise<Reply[]> {
  const replies = await post(sesame, conversationId, locale, text);
  if (show) console.log([`  > ${text}`, ...replies.map((r) => `  < ${(r.text ?? '').replace(/\n+/g, ' / ')}`)].join('\n'));
  return replies;
}

async function post(sesame: Sesame, conversationId: string, locale: string, text: string): Promise<Reply[]> {
  const res = await fetch(`${sesame.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', id: `measure-${++counter}`, channelId: 'test', serviceUrl: 'http://127.0.0.1:9', deliveryMode: 'expectReplies',
      conversation: { id: conversationId }, from: { id: 'demo-manager', name: 'Sophie Lambert' }, recipient: { id: 'sesame', name: 'Sésame' }, locale, text,
    }),
  });
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { activities: Reply[] }).activities;
}

/** The shortest answer to a question, from what the sentence said. */
function answerFor(slot: string, s: OneSentence, lang: Lang): string | undefined {
  const a = ANSWERS[lang];
  switch (slot) {
    case 'confirm': case 'confirmPerson': case 'activateQuality': return a.yes;
    case 'entity': return s.entity;
    case 'quality': return a.quality;
    case 'niss': return s.niss;
    case 'applications': return s.applications.join(', ');
    case 'role': return a.role[s.who];
    case 'function': return a.fn[s.who === 'pharmacistCollaborator' ? 'pharmacist' : 'doctor'];
    case 'startDate': return s.start?.said;
    case 'endDate': return s.end?.said ?? a.noEnd;
    default: return undefined;
  }
}

/** The question of a reply: its last paragraph, on one line. */
const questionOf = (r: Reply | undefined) => (r?.text ?? '').split('\n\n').at(-1)!.replace(/\s+/g, ' ').slice(0, 200);

async function runOne(lang: Lang, sentence: OneSentence, n: number): Promise<Outcome> {
  const dir = mkdtempSync(join(tmpdir(), 'sesame-turns-'));
  const sesame = await startSesame(config(join(dir, 'sesame.db')), createLogger('silent'));
  try {
    const conversation = `turns-${lang}-${n}`;
    const show = SHOW !== undefined && sentence.text.toLowerCase().includes(SHOW);
    if (show) console.log(`\n[${lang}] ${sentence.text}`);
    let replies = await send(sesame, conversation, LOCALES[lang], sentence.text, show);
    let turns = 1;
    const asked: Outcome['asked'] = [];
    for (;;) {
      const last = replies.at(-1);
      const sesameData = last?.channelData?.sesame;
      if (sesameData?.done) break;
      const slot = sesameData?.expecting;
      if (!slot) {
        asked.push({ slot: '(none)', question: questionOf(last) });
        return { lang, sentence, turns, granted: false, asked, wrong: ['the conversation ended without a grant'] };
      }
      asked.push({ slot, question: questionOf(last) });
      const answer = answerFor(slot, sentence, lang);
      if (answer === undefined || turns >= MAX_TURNS) {
        return { lang, sentence, turns, granted: false, asked, wrong: [answer === undefined ? `no answer for "${slot}"` : `still open after ${turns} messages`] };
      }
      replies = await send(sesame, conversation, LOCALES[lang], answer, show);
      turns++;
    }
    return { lang, sentence, turns, granted: true, asked, wrong: differences(sesame, sentence) };
  } finally {
    await sesame.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the store holds against what the sentence said: the person, the applications, the function and its dates. */
function differences(sesame: Sesame, s: OneSentence): string[] {
  const wrong: string[] = [];
  const grants = sesame.store.access.listGrants();
  const got = grants.map((g) => `${g.niss}:${g.application}`).sort();
  const want = s.applications.map((a) => `${s.niss}:${a}`).sort();
  if (got.join() !== want.join()) wrong.push(`grants ${got.join(' ') || 'none'}, expected ${want.join(' ')}`);
  const functions = sesame.store.access.listFunctions();
  const needsFunction = (s.who === 'doctorCollaborator' || s.who === 'pharmacistCollaborator') && s.applications.some((a) => NEEDS_FUNCTION.has(a));
  if (needsFunction !== functions.length > 0) wrong.push(needsFunction ? 'no function recorded for a collaborator' : `a function recorded for a ${s.who}`);
  const fn = functions[0];
  if (fn && needsFunction) {
    const code = s.who === 'pharmacistCollaborator' ? 'COLLAB_PHARMACIST' : 'COLLAB_SPECIALIST';
    if (fn.function !== code) wrong.push(`function ${fn.function}, expected ${code}`);
    if (s.start?.iso && fn.startDate !== s.start.iso) wrong.push(`start ${fn.startDate}, expected ${s.start.iso}`);
    // The date said is the last day held; the store keeps the first day without it.
    const end = s.end?.iso ? dayAfter(s.end.iso) : null;
    if (end !== fn.endDate) wrong.push(`end ${fn.endDate ?? 'none'}, expected ${end ?? 'none'} (last day ${s.end?.iso ?? 'none'})`);
  }
  return wrong;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main() {
  const outcomes: Outcome[] = [];
  for (const lang of Object.keys(CASES) as Lang[]) {
    for (const [n, sentence] of CASES[lang].entries()) outcomes.push(await runOne(lang, sentence, n));
  }
  const line = (label: string, of: Outcome[]) => {
    const turns = of.map((o) => o.turns);
    const granted = of.filter((o) => o.granted).length;
    const two = of.filter((o) => o.granted && o.turns <= 2).length;
    console.log(`${label.padEnd(8)} ${String(of.length).padStart(3)} sentences   median ${String(median(turns)).padStart(3)}   max ${String(Math.max(...turns)).padStart(2)}   in 2 turns ${two}/${of.length}   granted ${granted}/${of.length}   as said ${of.filter((o) => o.granted && o.wrong.length === 0).length}/${of.length}`);
  };
  console.log('Turns for a grant when one sentence says it all (target: median 2)\n');
  for (const lang of Object.keys(CASES) as Lang[]) line(lang, outcomes.filter((o) => o.lang === lang));
  line('overall', outcomes);
  const longer = outcomes.filter((o) => o.turns > 2 || !o.granted);
  if (longer.length) console.log('\nMore than 2 turns, or no grant:');
  for (const o of longer) {
    console.log(`\n[${o.lang}] ${o.turns} turns${o.granted ? '' : ', NOT GRANTED'}: "${o.sentence.text}"`);
    for (const q of o.asked) console.log(`    asked ${q.slot}: ${q.question}`);
  }
  const wrong = outcomes.filter((o) => o.wrong.length > 0 && o.granted);
  if (wrong.length) console.log('\nGranted, but not as said:');
  for (const o of wrong) console.log(`  [${o.lang}] "${o.sentence.text}": ${o.wrong.join('; ')}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
