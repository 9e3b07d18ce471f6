import { readCommands } from '../../../dialogs/understanding/commands';
import type { Vocabulary } from '../../../dialogs/understanding/understand';
import { NOW, vocabulary } from './fixture';
const people: Vocabulary['people'] = [
  ['An', 'Peeters'], ['Jan', 'Peeters'], ['Kevin', 'Maes'], ['Bram', 'Claessens'], ['Sarah', 'Moens'], ['Sarah', 'Wouters'], ['Julie', 'Lefebvre'],
  ['Markus', 'Schmitz'], ['Peter', 'Vandamme'], ['Marie', 'Dupont'], ['Els', 'Janssens'], ['Nathalie', 'Dubois'], ['Lucas', 'Mertens'],
  ['Marie', 'Mars'], ['Anne-Marie', 'Lefèvre'],
].map(([first, last]) => ({ first: first!, last: last! }));
const v: Vocabulary = { ...vocabulary, people };
it('probe', () => {
  const lines = require('fs').readFileSync('/tmp/probe-lines.txt', 'utf8').split('\n').filter(Boolean);
  let out = '';
  for (const l of lines) {
    const [loc, exp, text] = l.split('|');
    out += `    [${JSON.stringify(text)}, ${exp ? JSON.stringify(exp) : 'null'}, ${JSON.stringify(readCommands(text, { vocabulary: v, now: NOW, expecting: exp || null, locale: loc }))}],\n`;
  }
  require('fs').writeFileSync('/tmp/probe-lines.out', out);
});
