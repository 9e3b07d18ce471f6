import { readCommands } from '../../dialogs/understanding/commands';
import { NOW, vocabulary } from '../dialogs/understanding/fixture';
const cases: [string, string | null, string][] = [
  ['geef Colindos aan 90041212377 bij IRIS vanaf maandag, hij is secretaris van een arts', null, 'nl'],
  ['Hospiliss à 01091504506 chez Sainte-Anne, il assiste une pharmacienne hospitalière, à partir d\'après-demain', null, 'fr'],
  ['Colindos für 90041212377 bei IRIS Sud, sie ist Krankenhausapothekerin', null, 'de'],
  ['Mitarbeiter Krankenhausapotheker', 'function', 'de'],
  ['accès eBirth pour Marie Dupont à IRIS Sud', null, 'fr'],
  ['Colindos voor Jan Peeters bij IRIS Sud', null, 'nl'],
];
test('probe', () => {
  for (const [t, e, l] of cases) console.log(t, '\n  ', JSON.stringify(readCommands(t, { vocabulary, now: NOW, expecting: e, locale: l as any })));
});
