/** `sesame helpdesk diagnose`: why a person cannot open an application, as the chat says it. */
import { LOCALES, type Locale } from '../domain/locale';
import { diagnose, diagnosisNotice } from '../services/diagnose.service';
import { say } from '../i18n/say';
import { oneOf, optional, parse, required, type Command } from './args';
import { explain, manager, resolveEntity } from './lookups';

export const helpdeskDiagnose: Command = async (args, open, io) => {
  const cmd = 'helpdesk diagnose';
  const v = parse(cmd, args, { as: { type: 'string' }, niss: { type: 'string' }, application: { type: 'string' }, entity: { type: 'string' }, language: { type: 'string' }, json: { type: 'boolean' } });
  const as = required(cmd, v, 'as');
  const niss = required(cmd, v, 'niss');
  const application = required(cmd, v, 'application');
  const language = oneOf<Locale>(cmd, 'language', optional(v, 'language') ?? 'fr', LOCALES);
  const store = open();
  const m = manager(store, as);
  const e = resolveEntity(store, v);
  try {
    const d = await diagnose(store, m.id, { niss, application, entityId: e.id });
    io.stdout(v.json === true ? `${JSON.stringify(d, null, 2)}\n` : `${say('people', diagnosisNotice(d), language)}\n`);
  } catch (err) {
    explain(err);
  }
};
