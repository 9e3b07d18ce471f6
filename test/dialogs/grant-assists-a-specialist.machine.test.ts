import { walk, JAN_NISS, promptOf } from './support/grant-world';

/**
 * Trial 8, U3: "he's going to assist a specialist from the 4th of january" is the specialist's collaborator from that day.
 * The summary shows the function with its date, never "no date is needed", and the grant records the function. A doctor
 * named after some other action to come ("going to shadow") is not the person: the role is asked, never taken as a doctor.
 */
describe('grant: a collaborator said with an everyday verb to come', () => {
  it.each([
    ['en', `Colindos for ${JAN_NISS} at IRIS, he's going to assist a specialist from the 4th of january`, 'yes', 'COLLAB_SPECIALIST'],
    ['en', `Colindos for ${JAN_NISS} at IRIS, he will help the pharmacist from 4 january`, 'yes', 'COLLAB_PHARMACIST'],
    ['fr', `Colindos pour ${JAN_NISS} à IRIS, il va seconder un spécialiste à partir du 4 janvier`, 'oui', 'COLLAB_SPECIALIST'],
    ['nl', `Colindos voor ${JAN_NISS} bij IRIS, hij gaat vanaf 4 januari een specialist bijstaan`, 'ja', 'COLLAB_SPECIALIST'],
    ['de', `Colindos für ${JAN_NISS} bei IRIS, er wird ab dem 4. Januar einen Facharzt unterstützen`, 'ja', 'COLLAB_SPECIALIST'],
    ['de', `Colindos für ${JAN_NISS} bei IRIS, er wird dem Apotheker helfen ab 4. Januar`, 'ja', 'COLLAB_PHARMACIST'],
  ])('%s: %s', async (_lang, text, yes, fn) => {
    const run = await walk({}, [[text, 'confirm']]);
    // What the manager reads: the function with its date on the summary, and no word that the date is not used.
    expect(run.last.context.notices.map((n) => n.key)).not.toContain('dateNotUsed');
    expect(run.last.context.role).toBe('collaborator');
    await run.say(yes);
    expect(run.executed).toHaveLength(1);
    expect(run.executed[0]!.applicationCodes).toEqual(['COLINDOS']);
    expect(run.executed[0]!.fn).toEqual({ code: fn, startDate: '2027-01-04', endDate: null });
  });

  it.each([
    ['en', `Colindos for ${JAN_NISS} at IRIS, he's going to shadow a specialist`, 'yes'],
    ['fr', `Colindos pour ${JAN_NISS} à IRIS, il va rejoindre le pharmacien`, 'oui'],
  ])('%s: %s: the role is asked, Colindos never summarised without the function', async (_lang, text, yes) => {
    const run = await walk({}, [[text, 'confirmPerson'], [yes, 'role']]);
    expect(promptOf(run.last)).toMatchObject({ key: 'askRole' });
    expect(run.executed).toHaveLength(0);
  });
});
