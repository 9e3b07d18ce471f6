import { nearestPeople } from '../../../dialogs/understanding/names';

/** A name typed near a user's is offered as "did you mean …?" (dialogs/understanding/names.ts): never taken as found. */
const PEOPLE = [
  { firstName: 'Jan', lastName: 'Peeters' },
  { firstName: 'An', lastName: 'Peeters' },
  { firstName: 'Marie', lastName: 'Dupont' },
  { firstName: 'Nathalie', lastName: 'Dubois' },
  { firstName: 'Els', lastName: 'Janssens' },
];
const names = (typed: string) => nearestPeople(typed, PEOPLE).map((p) => `${p.firstName} ${p.lastName}`);

describe('nearestPeople', () => {
  it.each([
    ['jan peters', ['Jan Peeters']],
    ['Jan Petters', ['Jan Peeters']],
    ['marie dupond', ['Marie Dupont']],
    ['Nathalie Duboi', ['Nathalie Dubois']],
    ['els jansens', ['Els Janssens']],
  ])('offers %j as %j', (typed, expected) => {
    expect(names(typed)).toEqual(expected);
  });

  // Trial 7: "geef hospisup aan jan" offered Els Janssens; a first name alone is the people of that first name.
  it.each([
    ['jan', ['Jan Peeters']],
    ['Nathalie', ['Nathalie Dubois']],
    ['marie', ['Marie Dupont']],
  ])('offers the first name %j as %j, never a surname that begins like it', (typed, expected) => {
    expect(names(typed)).toEqual(expected);
  });

  it('offers both users of a surname typed near theirs', () => {
    expect(names('Peters').sort()).toEqual(['An Peeters', 'Jan Peeters']);
  });

  it.each(['Sarah Wouters', 'Thomas Claes', 'xy', 'Lambert'])('offers nobody for %j, which is near no one', (typed) => {
    expect(names(typed)).toEqual([]);
  });
});
