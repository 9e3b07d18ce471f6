import { slotOf } from '../../dialogs/people/people.view';
import { readCommands, type Command } from '../../dialogs/understanding/commands';
import type { Intent } from '../../dialogs/understanding/intent';
import type { Said } from '../../dialogs/view';
import type { Locale } from '../../src/domain/locale';
import { say } from '../../src/i18n/say';
import { startPeople as start } from './support/people-world';
import { NOW, vocabulary } from './understanding/fixture';

/**
 * Trial 7, defect E. A how-to question about a portal task is answered with the portal's steps, or with the procedure
 * having none and what Sésame does, and never starts a request; a request stays one. A grant "for everyone" is the bulk
 * grant of the entity's users: who, how many, then the confirmation; never a grant asking one NISS.
 */
const read = (text: string, locale: Locale, expecting: string | null = null) => readCommands(text, { vocabulary, now: NOW, expecting, locale });
/** What the manager reads for a question answered in passing. */
const answerOf = (c: Command, locale: Locale) => {
  const { type: _type, ...question } = c as Extract<Command, { type: 'question' }>;
  return say('grant', { key: 'aside', params: question } as never, locale);
};

describe('how-to questions about the portal: the steps, or none and what Sésame does; never a request', () => {
  it.each([
    ['nl', 'hoe voeg ik een collega toe aan onze instelling in het portaal?', ['„Een gebruiker toevoegen”', 'INSZ']],
    ['fr', "comment j'ajoute quelqu'un à notre institution ?", ['« Ajouter un utilisateur »', 'NISS']],
    ['nl', 'hoe geef ik iemand toegang tot eBirth?', ['vink „eBirth” aan', '„gids eBirth”']],
    ['de', 'wie ernenne ich eine Co-Verwalterin im Portal?', ['gibt keine Schritte', 'Hauptzugangsverwalter', 'ernennen Sie Els Janssens']],
    ['en', 'how do I take someone off our entity in the portal?', ['gives no steps', '"Delete users"', 'remove Jan Peeters from Sainte-Anne']],
    ['en', 'where in the portal do I end a function?', ['gives no steps to end a function', '"End date"', 'end the function of Jan Peeters']],
    ['fr', "comment mettre fin à la fonction d'un collaborateur dans le portail ?", ["ne donne pas d'étapes pour mettre fin", '« Date de fin »', 'mets fin à la fonction de Jan Peeters']],
    ['de', 'wie entziehe ich jemandem TCT?', ['gibt keine Schritte', 'entziehen Sie Jan Peeters Technische Zelle über das Web']],
    ['fr', "comment j'attribue la fonction de collaborateur du pharmacien sur le portail ?", ['« Fonctions et hiérarchie de responsabilité »', '« collaborateur pharmacien hospitalier »', '(jj-mm-aaaa)']],
    ['nl', 'hoe verwijder ik iemand uit onze entiteit?', ['geeft geen stappen', '„Gebruikers verwijderen”']],
  ] as const)('%s: "%s" is answered, nothing started', (locale, text, says) => {
    const commands = read(text, locale);
    expect(commands).toHaveLength(1);
    expect(commands[0]!.type).toBe('question');
    const answer = answerOf(commands[0]!, locale);
    for (const s of says) expect(answer).toContain(s);
    // Never the question of another request ("Voor welke toepassing?"), never the guide's application question.
    expect(answer).not.toMatch(/Voor welke toepassing|Pour quelle application|Für welche Anwendung|For which application/);
  });

  it.each([
    ['nl', 'voeg jan peeters toe aan sainte-anne'],
    ['en', 'add him to sainte-anne'],
    ['fr', 'ajoute Jan Peeters à Sainte-Anne'],
    ['de', 'geben Sie Jan Peeters eBirth'],
  ] as const)('%s: the request "%s" stays a request', (locale, text) => {
    expect(read(text, locale).some((c) => c.type === 'question')).toBe(false);
  });
});

/** The bulk grant a message starts. */
const bulkOf = (c: Command | undefined) => (c as Extract<Command, { type: 'startRequest' }>).intent as Extract<Intent, { kind: 'bulk' }>;

describe('a grant for everyone: the bulk grant of the entity users, counted, listed, confirmed', () => {
  const keyOf = (n: Said): string => ('key' in n ? n.key : 'chat' in n ? n.chat.key : 'people' in n ? n.people.key : 'literal');

  it.each([
    ['fr', 'donne HospiSup à tout le monde', 'Tous les utilisateurs des Hôpitaux IRIS Sud : 2 personnes.'],
    ['nl', 'geef iedereen HospiSup', 'Alle gebruikers van Hôpitaux IRIS Sud: 2 personen.'],
    ['de', 'gib allen Mitarbeitern HospiSup', 'Alle Benutzer von Hôpitaux IRIS Sud: 2 Personen.'],
    ['en', 'HospiSup for everyone please', 'Every user of Hôpitaux IRIS Sud: 2 people.'],
  ] as const)('%s: "%s" says who and how many before the confirmation; "oui" runs it for everyone', async (locale, text, lead) => {
    const [command] = read(text, locale);
    expect(command).toMatchObject({ type: 'startRequest', kind: 'bulk', intent: { kind: 'bulk', everyone: true, inputs: [], applications: ['HOSPISUP'] } });
    const run = start({ ...bulkOf(command), entity: 1 });
    const s = await run.say(text);
    expect(slotOf(s)).toBe('people.confirm');
    expect(run.calls.find((c) => c.actor === 'planBulk')?.input).toMatchObject({ everyone: true, inputs: [] });
    const keys = s.context.notices.map(keyOf);
    expect(keys.slice(0, 3)).toEqual(['bulkEveryone', 'bulkLine', 'bulkLine']);
    const everyone = s.context.notices[0] as { people: { key: 'bulkEveryone'; params: { entity: string; count: number } } };
    expect(say('people', everyone.people, locale)).toBe(lead);
    await run.say('oui');
    expect(run.executed()).toEqual([expect.objectContaining({ actor: 'executeBulk', input: expect.objectContaining({ everyone: true }) })]);
  });

  it('with no entity named and several, the entity is asked, never a NISS', async () => {
    const [command] = read('donne TCT à tout le monde', 'fr');
    const run = start(bulkOf(command));
    const s = await run.say('donne TCT à tout le monde');
    expect(slotOf(s)).toBe('people.entity');
  });
});
