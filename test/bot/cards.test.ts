import { cardFor, markerOf } from '../../src/bot/cards';
import { parseCardSubmit } from '../../src/bot/card-submit';
import type { Prompt } from '../../dialogs/grant/grant-access.view';
import { renderView } from '../../src/bot/render';
import { say, sayPlain } from '../../src/bot/i18n';

const names = (s: string) => ({ fr: s, nl: s, de: s, en: s });
const prompt = (p: Partial<Prompt> & Pick<Prompt, 'slot'>): Prompt => ({ message: { key: 'askRole' }, choices: [], multiple: false, ...p });
type Card = { version: string; body: Record<string, unknown>[]; actions: { title: string; data: { sesame: Record<string, string> } }[] };
const content = (p: Prompt, locale: 'fr' | 'nl' | 'de' | 'en' = 'fr') => cardFor(p, locale, '3.1000')?.content as Card | undefined;

describe('cards', () => {
  it('offers a multi-select choice set for the applications, values as the machine reads them', () => {
    const card = content(prompt({
      slot: 'applications', multiple: true, message: { key: 'askApplications', params: { quality: names('Hôpital') } },
      choices: [{ label: { names: names('HospiSup') }, value: { literal: 'HOSPISUP' } }, { label: { names: names('Colindos') }, value: { literal: 'COLINDOS' } }],
    }))!;
    expect(card.version).toBe('1.5');
    expect(card.body[0]).toMatchObject({ type: 'Input.ChoiceSet', isMultiSelect: true, wrap: true, isRequired: true, choices: [{ title: 'HospiSup', value: 'HOSPISUP' }, { title: 'Colindos', value: 'COLINDOS' }] });
    expect(card.actions).toEqual([expect.objectContaining({ type: 'Action.Submit', title: 'Valider', data: { sesame: { slot: 'applications', marker: '3.1000', action: 'answer' } } })]);
  });

  it('asks dates with Input.Date, and the end date may be skipped', () => {
    const card = content(prompt({ slot: 'endDate', message: { key: 'askEndDate', params: { startDate: '2027-03-01' } }, choices: [{ label: { key: 'skip' }, value: { key: 'skip' } }] }), 'nl')!;
    expect(card.body[0]).toMatchObject({ type: 'Input.Date', id: 'date', isRequired: false });
    expect(card.actions.map((a) => [a.title, a.data.sesame.answer])).toEqual([['Bevestigen', undefined], ['Geen', 'Geen']]);
  });

  it('shows the summary with Confirm / Change / Cancel in the user’s language', () => {
    for (const [locale, titles] of [['fr', ['Confirmer', 'Modifier', 'Annuler']], ['de', ['Bestätigen', 'Ändern', 'Abbrechen']], ['en', ['Confirm', 'Change', 'Cancel']]] as const) {
      const card = content(prompt({ slot: 'confirm' }), locale)!;
      expect(card.actions.map((a) => a.title)).toEqual(titles);
      expect(card.actions.map((a) => a.data.sesame.action)).toEqual(['confirm', 'change', 'cancel']);
    }
  });

  it('uses buttons for a few short choices and no card for free text', () => {
    const role = content(prompt({ slot: 'role', choices: [{ label: { key: 'roleDoctor' }, value: { key: 'roleDoctor' } }, { label: { key: 'roleCollaborator' }, value: { key: 'roleCollaborator' } }] }), 'en')!;
    expect(role.body).toEqual([]);
    expect(role.actions.map((a) => a.data.sesame.answer)).toEqual(['Specialist doctor', 'Collaborator']);
    expect(cardFor(prompt({ slot: 'niss', message: { key: 'askNiss' } }), 'fr', 'm')).toBeUndefined();
  });

  it('names a request by its manager, number and start', () => {
    expect(markerOf({ managerId: 7, requestSeq: 4, requestStartedAt: 1700000000000 })).toBe('7.4.1700000000000');
  });
});

describe('parseCardSubmit', () => {
  const sesame = { slot: 'applications', marker: '3.1000' };
  it('turns inputs and buttons into the text a manager would type', () => {
    expect(parseCardSubmit({ sesame, choice: 'HOSPISUP,COLINDOS' })).toEqual({ kind: 'text', ...sesame, text: 'HOSPISUP,COLINDOS' });
    expect(parseCardSubmit({ sesame: { ...sesame, slot: 'startDate' }, date: '2027-03-01' })).toMatchObject({ text: '2027-03-01' });
    expect(parseCardSubmit({ sesame: { ...sesame, action: 'confirm', answer: 'Oui' } })).toMatchObject({ kind: 'text', text: 'Oui' });
    expect(parseCardSubmit({ sesame: { ...sesame, action: 'cancel' } })).toEqual({ kind: 'cancel', ...sesame });
    expect(parseCardSubmit({ sesame: { ...sesame, action: 'change' } })).toEqual({ kind: 'change', ...sesame });
  });
  it('ignores what is not one of our cards', () => {
    expect(parseCardSubmit(undefined)).toBeUndefined();
    expect(parseCardSubmit({ choice: 'x' })).toBeUndefined();
    expect(parseCardSubmit({ sesame: { slot: 'x', marker: 'y', action: 'drop tables' } })).toBeUndefined();
  });
});

describe('a card’s question is said once', () => {
  const apps = [{ label: { names: names('HospiSup') }, value: { literal: 'HOSPISUP' } }, { label: { names: names('Colindos') }, value: { literal: 'COLINDOS' } }];
  const prompts: Prompt[] = [
    prompt({ slot: 'applications', multiple: true, message: { key: 'askApplications', params: { quality: names('Hôpital') } }, choices: apps }),
    prompt({ slot: 'startDate', message: { key: 'askStartDate' } }),
    prompt({ slot: 'endDate', message: { key: 'askEndDate', params: { startDate: '2027-03-01' } }, choices: [{ label: { key: 'skip' }, value: { key: 'skip' } }] }),
  ];
  it.each(['fr', 'nl', 'de', 'en'] as const)('in the message above the card, never again in the card (%s)', (locale) => {
    for (const p of prompts) {
      const reply = renderView({ notices: [], prompt: p, done: null, locale }, locale, { marker: '3.1000' });
      const question = sayPlain(p.message, locale);
      expect(reply.text).toContain(say(p.message, locale));
      expect(JSON.stringify(reply.attachments)).not.toContain(JSON.stringify(question).slice(1, -1));
      // Its inputs are still labelled (Web Chat and screen readers need it), with a word of their own.
      const input = (reply.attachments![0]!.content as Card).body[0]!;
      expect(input.label).toBe(sayPlain({ key: p.slot === 'applications' ? 'cardChoiceLabel' : p.slot === 'startDate' ? 'cardStartDateLabel' : 'cardEndDateLabel' }, locale));
    }
  });
});
