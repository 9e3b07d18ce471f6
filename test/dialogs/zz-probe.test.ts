import { readCommands } from '../../dialogs/understanding/commands';
import { vocabulary, NOW } from './understanding/fixture';
const S: [string, string, string|null][] = [
 ['fr', "Bonjour, pourriez-vous donner l'accès à HospiSup à Mme Dupont à IRIS Sud s'il vous plaît ?", null],
 ['fr', 'donne HospiSup au Dr Dupont à IRIS Sud', null],
 ['fr', 'colindos pr jan peeters iris sud', null],
 ['nl', 'Goeiemorgen, zou u Els Janssens toegang kunnen geven tot Hospiliss in Sainte-Anne?', null],
 ['nl', 'Zou u in Sainte-Anne Els Janssens toegang tot Hospiliss willen geven?', null],
 ['nl', 'geef eBirth aan Jan Peeters en aan Marie Dupont in IRIS Sud', null],
 ['nl', 'Jan Peeters en Marie Dupont hebben allebei eBirth nodig in IRIS Sud', null],
 ['de', 'Bitte geben Sie Nathalie Dubois in Sainte-Anne Zugang zu eBirth.', null],
 ['de', 'gib Jan Peeters TCT und eBirth in IRIS Sud', null],
 ['de', 'colindos fuer sarah wouters, iris sud', null],
 ['de', 'Guten Tag, bitte geben Sie Frau Dr. Dubois Zugang zu eBirth in Sainte-Anne.', null],
 ['de', 'Colindos für Markus Schmitz in IRIS Sud, er ist Mitarbeiter eines Facharztes, in drei Wochen bis Ende Juni', null],
 ['de', 'gib Markus Schmitz Colindos in IRIS Sud, er arbeitet für einen Facharzt', null],
 ['en', 'tct for jan peters iris sud pls', null],
 ['en', 'then make An Peeters an access manager at Sainte-Anne', null],
 ['en', 'designate Bram Claessens as access manager for Sainte-Anne', null],
];
test('probe', () => {
  for (const [l, t, e] of S) console.log(`  [${JSON.stringify(t)}, ${JSON.stringify(e)}, ${JSON.stringify(readCommands(t, { vocabulary, now: NOW, expecting: e, locale: l as any }))}],`);
});
