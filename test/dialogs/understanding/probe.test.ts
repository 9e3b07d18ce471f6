import { readCommands } from '../../../dialogs/understanding/commands';
import { NOW, vocabulary } from './fixture';
const rows: [string, string | null, any][] = [
  ['non, pas Marie Dupont, c\'est pour Jan Peeters', 'confirm', 'fr'],
  ['no, not Marie Dupont, it is for Nathalie Dubois', 'confirm', 'en'],
  ['non, c\'est pour Jan Peeters', 'quality', 'fr'],
  ['nee, niet Marie Dupont maar Jan Peeters', 'confirm', 'nl'],
  ['nein, nicht Marie Dupont, sondern Jan Peeters', 'confirm', 'de'],
  ['donne hospiliss a nathalie dubois a sainte anne', null, 'fr'],
  ['geef hospiliss aan jan peeters in IRIS Sud', null, 'nl'],
  ['donne eBirth à Peeters', null, 'fr'],
  ['retire HospiSup à Peeters', null, 'fr'],
  ['trek HospiSup in bij Peeters', null, 'nl'],
  ['revoke HospiSup from Peeters', null, 'en'],
  ['la deuxième', 'entity', 'fr'],
  ['the first one', 'entity', 'en'],
  ['die zweite', 'entity', 'de'],
  ['de eerste', 'entity', 'nl'],
  ['supprime Lucas Mertens de Sainte-Anne', null, 'fr'],
  ['a-t-il déjà eBirth ?', 'username', 'fr'],
  ['hat er schon eBirth?', 'username', 'de'],
];
it('probe', () => {
  for (const [t, e, l] of rows) console.log(t, '|', e, '=>', JSON.stringify(readCommands(t, { vocabulary, now: NOW, expecting: e, locale: l })));
});
