import { say } from '../../src/i18n/say';
import { walk } from './support/grant-world';

/**
 * Trial 8, defect D (S12): "of ja toch wel, doe maar" just after a cancel is no new request ("Voor welke entiteit werkt
 * u?"): nothing is done behind the manager's back, and what was cancelled is said, with how to ask it again.
 */
describe('grant machine: a yes in other words just after a cancel', () => {
  it.each([
    ['finalement si, vas-y', 'fr', "J'ai annulé juste avant la demande pour Jan Peeters (eBirth) : rien n'a été enregistré."],
    ['bon alors fais-le', 'fr', "J'ai annulé juste avant la demande pour Jan Peeters (eBirth)"],
    ['of ja toch wel, doe maar', 'nl', 'Ik heb de aanvraag voor Jan Peeters (eBirth) net geannuleerd: er is niets geregistreerd.'],
    ['ja toch, ga je gang', 'nl', 'Ik heb de aanvraag voor Jan Peeters (eBirth) net geannuleerd'],
    ['doch, mach das', 'de', 'Ich habe den Antrag für Jan Peeters (eBirth) gerade storniert: Es wurde nichts gespeichert.'],
    ['na gut, machen Sie das', 'de', 'Ich habe den Antrag für Jan Peeters (eBirth) gerade storniert'],
    ['actually yes, go ahead', 'en', 'I cancelled the request for Jan Peeters (eBirth) just before: nothing was recorded.'],
    ['oh well, do it', 'en', 'I cancelled the request for Jan Peeters (eBirth) just before'],
  ] as const)('"%s" (%s): the cancel is said, no question of a new request', async (text, locale, reads) => {
    const run = await walk({}, [['donne eBirth à 90041212377 à IRIS, qualité hôpital', 'confirm']]);
    await run.say('annuler');
    const s = await run.say(text);
    expect(s.value).toBe('idle');
    const notice = s.context.notices.find((n) => n.key === 'cancelledEarlier')!;
    expect(notice).toBeDefined();
    expect(say('grant', notice as never, locale)).toContain(reads);
    expect(run.executed).toHaveLength(0);
  });

  it('"doe maar eBirth" is no bare yes: a request', async () => {
    const run = await walk({}, [['donne eBirth à 90041212377 à IRIS, qualité hôpital', 'confirm']]);
    await run.say('annuler');
    const s = await run.say('doe maar eBirth voor 90041212377');
    expect(s.context.notices.map((n) => n.key)).not.toContain('cancelledEarlier');
  });
});
