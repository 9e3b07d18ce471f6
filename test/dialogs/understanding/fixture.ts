import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Vocabulary } from '../../../dialogs/understanding/understand';
import { projectRoot } from '../../../src/paths';

/** Monday 23 November 2026, 10:00 in Brussels: the clock every table of understanding/ reads on. */
export const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);

const catalog = JSON.parse(readFileSync(join(projectRoot, 'data', 'catalog.json'), 'utf8')) as {
  qualityKinds: Vocabulary['qualityKinds'];
  applications: { code: string; names: Vocabulary['applications'][number]['names']; aliases?: string[] }[];
};

/** The manager's three entities (two of one network), one of the network where they hold no role, and the whole catalog. */
export const vocabulary: Vocabulary = {
  entities: [
    { id: 1, name: 'Hôpitaux IRIS Sud', inami: '710087-50' },
    { id: 2, name: 'Clinique Sainte-Anne Saint-Remi', inami: '710338-90' },
    { id: 4, name: 'Hôpitaux IRIS Nord', inami: '710100-37' },
  ],
  otherEntities: [{ id: 3, name: 'CHU Saint-Pierre', inami: '710001-04' }],
  qualityKinds: catalog.qualityKinds,
  applications: catalog.applications.map((a) => ({ code: a.code, names: a.names, aliases: a.aliases ?? [] })),
};

/** The users of the manager's entities of the trials (TRIAL6, TRIAL7), as the reader's vocabulary holds them. */
export const people: NonNullable<Vocabulary['people']> = [
  ['An', 'Peeters'], ['Jan', 'Peeters'], ['Kevin', 'Maes'], ['Bram', 'Claessens'], ['Sarah', 'Moens'], ['Sarah', 'Wouters'], ['Julie', 'Lefebvre'],
  ['Markus', 'Schmitz'], ['Peter', 'Vandamme'], ['Marie', 'Dupont'], ['Els', 'Janssens'], ['Nathalie', 'Dubois'], ['Lucas', 'Mertens'],
  // A surname that is a month ("mars"), a hyphenated first name with an accent.
  ['Marie', 'Mars'], ['Anne-Marie', 'Lefèvre'],
].map(([first, last]) => ({ first: first!, last: last! }));
/** The vocabulary with those users known. */
export const withPeople: Vocabulary = { ...vocabulary, people };
