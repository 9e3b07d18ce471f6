import { readCommands } from '/work/wt/integ/dialogs/understanding/commands';
import { NOW, vocabulary } from '/work/wt/integ/test/dialogs/understanding/fixture';
for (const [t, e] of [['heeft Jan Peeters Colindos?', 'confirm'], ['heeft 90041212377 al Hospiliss?', 'confirm'], ['ja', 'confirm'], ['geef HospiSup aan 85073003328 in IRIS', null]] as const) {
  const s = Date.now();
  const c = readCommands(t, { vocabulary, now: NOW, expecting: e, locale: 'nl' });
  console.log(Date.now() - s, 'ms', t, JSON.stringify(c));
}
