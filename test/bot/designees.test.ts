import { designeesAmong } from '../../src/bot/designees';
import { DIRECTORY } from '../dialogs/support/people-world';

/**
 * Who a designation's words name among the users of Sainte-Anne (trial 7: "smoens", "ejanssens", "bclaessens" were
 * written as channel ids). A NISS, an e-mail, a username, a full name or a surname names them; anything else is at
 * most near, and never exact; nobody is found outside the entity.
 */
const ANNE = DIRECTORY[2]!;
const names = (said: string) => {
  const r = designeesAmong(ANNE, said);
  return { exact: r.exact, who: r.candidates.map((d) => d.username) };
};

it.each<[string, boolean, string[]]>([
  ['sarahmoens', true, ['sarahmoens']],
  ['SarahMoens', true, ['sarahmoens']],
  ['Sarah Moens', true, ['sarahmoens']],
  ['moens sarah', true, ['sarahmoens']],
  ['Moens', true, ['sarahmoens']],
  ['sarah.moens@sainte-anne.be', true, ['sarahmoens']],
  ['88021512345', true, ['sarahmoens']],
  ['88.02.15-123.45', true, ['sarahmoens']],
  ['Peeters', true, ['jpeeters', 'apeeters']],
  ['smoens', false, ['sarahmoens']],
  ['bclaessens', false, ['bramclaessens']],
  ['ejanssen', false, ['ejanssens']],
  ['sarah.moens@gmail.com', false, ['sarahmoens']],
  ['mdupont', false, []],
  // Marie Dupont's NISS and username: a user of IRIS Sud, not of Sainte-Anne, never offered here.
  ['85073003328', false, []],
  ['xkcd42', false, []],
])('"%s": exact %s, %j', (said, exact, who) => {
  const r = names(said);
  expect(r.who).toEqual(who);
  // Nobody: there is nothing to be exact about.
  if (who.length > 0) expect(r.exact).toBe(exact);
});
