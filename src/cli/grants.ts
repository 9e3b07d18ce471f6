/** `sesame grants …`: list, bulk. */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { LOCALES, type Locale } from '../domain/locale';
import { maskNiss } from '../domain/niss';
import { executeBulkGrant, parseNissList, planBulkGrant } from '../services/bulk.service';
import { say } from '../i18n/say';
import { lister, oneOf, optional, parse, required, usageError, type Command } from './args';
import { explain, manager, qualityFor, resolveEntity } from './lookups';

export const grantsList = lister(
  'grants list',
  (store) => store.access.listGrants(),
  ['ID', 'NISS', 'APPLICATION', 'ENTITY', 'QUALITÉ', 'STATUS', 'ACTIVE AT', 'REQUESTED BY'],
  (g) => [String(g.id), maskNiss(g.niss), g.application, g.entity, g.qualityKind, g.status, g.activeAt, g.requestedBy],
  'No grants.',
);

export const grantsBulk: Command = async (args, open, io) => {
  const cmd = 'grants bulk';
  const v = parse(cmd, args, {
    as: { type: 'string' }, entity: { type: 'string' }, quality: { type: 'string' }, application: { type: 'string', multiple: true },
    file: { type: 'string' }, niss: { type: 'string', multiple: true }, yes: { type: 'boolean' }, language: { type: 'string' },
  });
  const as = required(cmd, v, 'as');
  const apps = ((v.application as string[] | undefined) ?? []).map((a) => a.toUpperCase());
  if (apps.length === 0) throw usageError(`${cmd}: --application is required`);
  const file = optional(v, 'file');
  const list = (v.niss as string[] | undefined) ?? [];
  if ((file === undefined) === (list.length === 0)) throw usageError(`${cmd}: give either --file or --niss`);
  const language = oneOf<Locale>(cmd, 'language', optional(v, 'language') ?? 'en', LOCALES);
  const lines = parseNissList(file !== undefined ? readFileSync(file, 'utf8') : list.join('\n'));
  const store = open();
  const m = manager(store, as);
  const e = resolveEntity(store, v);
  const q = qualityFor(store, v, e);
  try {
    const plan = await planBulkGrant(store, m.id, q.id, apps, lines);
    const names = apps.map((c) => store.catalog.applicationByCode(c)!.names);
    const namesOf = (codes: string[]) => codes.map((c) => store.catalog.applicationByCode(c)!.names);
    for (const l of plan.lines) {
      io.stdout(`${say('people', { key: 'bulkLine', params: { line: l.line, input: l.niss ? maskNiss(l.niss) : l.input, person: l.person, outcome: l.outcome, applications: namesOf(l.applications), ...(l.account ? { account: l.account } : {}) } }, language)}\n`);
    }
    const s = plan.summary;
    io.stdout(`${say('people', { key: 'bulkSummary', params: { ok: s.ok, alreadyHolds: s.alreadyHolds, invalid: s.invalidNiss, unknown: s.unknownUser, duplicate: s.duplicate, applications: names } }, language)}\n`);
    if (v.yes !== true) return io.stdout('Nothing written: run again with --yes to grant.\n');
    const results = await executeBulkGrant(store, plan, {
      idempotencyKey: `cli-bulk:${randomUUID()}`,
      conversationId: null,
      onProgress: (done, total) => {
        if (done % 25 === 0 && done < total) io.stdout(`${say('people', { key: 'bulkProgress', params: { done, total } }, language)}\n`);
      },
    });
    for (const r of results) {
      const activeAt = r.grants.length ? Math.max(...r.grants.map((g) => g.activeAt)) : null;
      io.stdout(`${say('people', { key: 'bulkResult', params: { person: r.person.replace(/\(.*\)/, '').trim(), input: maskNiss(r.input), ok: r.ok, activeAt, applications: namesOf(r.grants.map((g) => g.applicationCode)) } }, language)}\n`);
    }
  } catch (err) {
    explain(err);
  }
};
