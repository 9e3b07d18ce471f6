/** `sesame functions …`: list, end. */
import { maskNiss } from '../domain/niss';
import { parseDate } from '../domain/dates';
import { lister, refused, required } from './args';
import { qualityFor, when } from './lookups';
import { revocation } from './revocation-command';

export const functionsList = lister(
  'functions list',
  (store) => store.access.listFunctions(),
  ['ID', 'NISS', 'FUNCTION', 'ENTITY', 'START', 'END', 'STATUS', 'ACTIVE AT'],
  (f) => [String(f.id), maskNiss(f.niss), f.function, f.entity, f.startDate, f.endDate ?? '', f.status, f.activeAt],
  'No function assignments.',
);

export const functionsEnd = revocation(
  'functions end',
  { function: { type: 'string' }, date: { type: 'string' } },
  (store, v, e) => {
    const date = parseDate(required('functions end', v, 'date'));
    if (!date.ok) throw refused(`--date: not a date (jj-mm-aaaa or YYYY-MM-DD)`);
    return { kind: 'endFunction', qualityId: qualityFor(store, v, e).id, functionCode: required('functions end', v, 'function'), endDate: date.date };
  },
  (r) =>
    r.functions.length === 0
      ? 'The person holds no such function: nothing to do.\n'
      : r.functions.map((f) => `${f.code}: ends ${f.endDate}, inactive from ${when(r.effectiveAt)}`).join('\n') + '\n',
);
