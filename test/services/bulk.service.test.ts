import type { Store } from '../../src/store/store';
import { executeBulkGrant, parseNissList, planBulkGrant } from '../../src/services/bulk.service';
import { servicesOf } from '../../src/services';
import { ConflictError } from '../../src/store/errors';
import { count, demoStore, NOW } from '../store/fixtures';
import { grant, lookUp, type Ids } from '../store/people-fixtures';

let store: Store;
let ids: Ids;
beforeEach(async () => {
  store = demoStore();
  ids = lookUp(store);
});
afterEach(() => store.close());

describe('parseNissList', () => {
  it('reads a message: one per line, or separated by commas, semicolons, tabs or spaces; formatted numbers stay whole', async () => {
    expect(parseNissList('85.07.30-033.28\n90041212377, 69060808797; 78110324621\n82 02 21 168 65\n01091504506 85073003328').map((l) => [l.line, l.input])).toEqual([
      [1, '85.07.30-033.28'], [2, '90041212377'], [2, '69060808797'], [2, '78110324621'], [3, '82 02 21 168 65'], [4, '01091504506'], [4, '85073003328'],
    ]);
  });

  it('reads the NISS column of a CSV with a header (line numbers count the header), skipping empty cells', async () => {
    const csv = '\uFEFFNom;Prénom;NISS\r\nDupont;Marie;85073003328\r\nX;Y;\r\nPeeters;Jan;"90.04.12-123.77"\r\n';
    expect(parseNissList(csv)).toEqual([{ line: 2, input: '85073003328' }, { line: 4, input: '90.04.12-123.77' }]);
  });
});

describe('bulk grant', () => {
  const LIST = ['85073003328', '12345678901', '90041212377', '75010112371', '85.07.30-033.28', '78110324621'].join('\n');

  it('stepwise: awaits the progress callback after each person, who is granted by then, and grants each once', async () => {
    const plan = await planBulkGrant(store, ids.coRae, ids.hospitalA, ['EBIRTH'], parseNissList(LIST), new Date(NOW));
    const before = count(store, 'grants');
    const seen: string[] = [];
    const results = await executeBulkGrant(store, plan, {
      idempotencyKey: 'bulk-s', conversationId: 'conv-1',
      onProgress: async (d, t) => {
        await new Promise((r) => setImmediate(r));
        seen.push(`${d}/${t}:${count(store, 'grants') - before}`);
      },
    });
    expect(seen).toEqual(['1/3:1', '2/3:2', '3/3:3']);
    expect(results.every((r) => r.ok)).toBe(true);
    await executeBulkGrant(store, plan, { idempotencyKey: 'bulk-s', conversationId: 'conv-1' });
    expect(count(store, 'grants')).toBe(before + 3);
  });

  it('validates each line, summarises, then grants the valid ones with a result line each; a bad line in the middle changes nothing for the others', async () => {
    await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.jan }, applicationCodes: ['HOSPISUP'] });
    const before = count(store, 'grants');
    const plan = await planBulkGrant(store, ids.coRae, ids.hospitalA, ['HOSPISUP', 'EBIRTH'], parseNissList(LIST), new Date(NOW));
    expect(plan.lines.map((l) => [l.line, l.outcome, l.applications])).toEqual([
      [1, 'ok', ['HOSPISUP', 'EBIRTH']],
      [2, 'invalidNiss', []],
      [3, 'ok', ['EBIRTH']], // Jan already holds HospiSup: only what is missing
      [4, 'unknownUser', []],
      [5, 'duplicate', []],
      [6, 'ok', ['HOSPISUP', 'EBIRTH']], // Els, of another entity: becomes a member of this qualité
    ]);
    expect(plan.summary).toEqual({ ok: 3, invalidNiss: 1, unknownUser: 1, duplicate: 1, alreadyHolds: 0 });
    // Planning writes nothing.
    expect(count(store, 'grants')).toBe(before);

    const progress: [number, number][] = [];
    const results = await executeBulkGrant(store, plan, { idempotencyKey: 'bulk-1', conversationId: 'conv-1', onProgress: (d, t) => void progress.push([d, t]) });
    expect(progress).toEqual([[1, 3], [2, 3], [3, 3]]);
    expect(results.map((r) => [r.line, r.ok, r.grants.map((g) => `${g.applicationCode}${g.alreadyHeld ? ' (held)' : ''}`)])).toEqual([
      [1, true, ['HOSPISUP', 'EBIRTH']],
      [3, true, ['HOSPISUP (held)', 'EBIRTH']],
      [6, true, ['HOSPISUP', 'EBIRTH']],
    ]);
    expect(count(store, 'grants')).toBe(before + 5);
    expect(count(store, 'audit_log', `action = 'grantAccess'`)).toBe(6);

    // Confirmed twice (a redelivered "yes"): nothing more.
    await executeBulkGrant(store, plan, { idempotencyKey: 'bulk-1', conversationId: 'conv-1' });
    expect(count(store, 'grants')).toBe(before + 5);
    // Planned again: everyone valid already holds everything.
    expect((await planBulkGrant(store, ids.coRae, ids.hospitalA, ['HOSPISUP', 'EBIRTH'], parseNissList(LIST), new Date(NOW))).summary).toMatchObject({ ok: 0, alreadyHolds: 3 });
  });

  it('refuses an application outside the qualité before looking at any line', async () => {
    await expect(planBulkGrant(store, ids.coRae, ids.careA, ['HOSPISUP'], parseNissList('85073003328'))).rejects.toThrow(ConflictError);
  });

  it('reports a line that fails at execution (the qualité was deactivated meanwhile) and carries on', async () => {
    const plan = await planBulkGrant(store, ids.coRae, ids.hospitalA, ['HOSPISUP'], parseNissList('85073003328\n90041212377'), new Date(NOW));
    let calls = 0;
    const { grants } = servicesOf(store);
    const real = grants.execute.bind(grants);
    grants.execute = async (o, now, options) => {
      calls += 1;
      if (calls === 1) throw new ConflictError('qualityInactive');
      return real(o, now, options);
    };
    const results = await executeBulkGrant(store, plan, { idempotencyKey: 'bulk-2', conversationId: null });
    expect(results.map((r) => [r.ok, r.failure])).toEqual([[false, 'conflict'], [true, null]]);
  });
});
