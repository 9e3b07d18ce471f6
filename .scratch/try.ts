import { readCommands } from '../dialogs/understanding/commands';
import { NOW, vocabulary } from '../test/dialogs/understanding/fixture';
const people = [['An','Peeters'],['Kevin','Maes'],['Bram','Claessens'],['Sarah','Wouters'],['Julie','Lefebvre'],['Nathalie','Dubois'],['Markus','Schmitz']].map(([first,last])=>({first:first!,last:last!}));
const lines = require('fs').readFileSync('/tmp/endfn/lines.txt','utf8').split('\n').filter(Boolean);
for (const l of lines) { const [loc, exp, text] = l.split('|'); const r = readCommands(text, { vocabulary: { ...vocabulary, people }, now: NOW, expecting: exp === '-' ? null : exp, locale: loc as any });
 console.log(text, '=>', JSON.stringify(r.map((c: any) => c.type === 'startRequest' ? `${c.kind}${c.intent ? ':' + JSON.stringify(c.intent) : ''}` : `${c.type}:${c.slot ?? ''}=${JSON.stringify(c.value ?? '')}`))); }
