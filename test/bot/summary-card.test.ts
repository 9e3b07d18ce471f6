import { decidedActivity, takeSummaries } from '../../src/bot/summary-card';
import type { Summary } from '../../src/i18n/grant.catalog';

const names = (s: string) => ({ fr: s, nl: s, de: s, en: s });
const summary: Summary = {
  entity: 'Hôpitaux IRIS Sud', inami: '710087-50', quality: names('Hôpital'), activateQuality: false,
  person: { name: 'Jan Peeters', username: 'jpeeters', isNew: false, email: null, language: 'nl', elsewhere: false },
  applications: [names('Colindos')], alreadyHeld: [], role: 'collaborator',
  fn: { names: names('collaborateur médecin-spécialiste'), startDate: '2027-03-01', endDate: null }, activationDelayMs: 20 * 60_000,
};
/** 1 March 2027, 09:30 in Brussels. */
const WHEN = Date.UTC(2027, 2, 1, 8, 30);
const shown = { type: 'message', text: 'Voici ce que je vais faire : … Puis-je confirmer ?', suggestedActions: { actions: [], to: [] }, channelData: { sesame: { expecting: 'confirm', marker: '1.2.3', summary } } };
const card = (a: ReturnType<typeof decidedActivity>) => (a.attachments![0]!.content as { body: { text: string }[]; actions: unknown[] });

describe('the summary card once decided', () => {
  it('says what was asked, who decided and when, in each language, with no question and no button', () => {
    const expected = {
      fr: ["Demande d'accès :", 'Fonction : collaborateur médecin-spécialiste à partir du 01/03/2027, sans date de fin', '✓ Confirmé par Sophie Lambert le 01/03/2027 09:30 (heure de Bruxelles).'],
      nl: ['Toegangsaanvraag:', 'Functie: collaborateur médecin-spécialiste vanaf 01-03-2027, zonder einddatum', '✓ Bevestigd door Sophie Lambert op 01-03-2027 09:30 (Brusselse tijd).'],
      de: ['Zugangsanfrage:', 'Funktion: collaborateur médecin-spécialiste ab dem 01.03.2027, ohne Enddatum', '✓ Bestätigt von Sophie Lambert am 01.03.2027 09:30 (Brüsseler Zeit).'],
      en: ['Access request:', 'Function: collaborateur médecin-spécialiste from 01/03/2027, no end date', '✓ Confirmed by Sophie Lambert on 01/03/2027 09:30 (Brussels time).'],
    } as const;
    for (const [locale, [heading, fn, line]] of Object.entries(expected) as [keyof typeof expected, readonly string[]][]) {
      const a = decidedActivity(shown, 'sent-4', { outcome: 'confirmed', by: 'Sophie Lambert', when: WHEN }, locale);
      expect(a.id).toBe('sent-4');
      expect(a.text!.startsWith(`${heading}\n\n- `)).toBe(true);
      expect(a.text).toContain(fn);
      expect(a.text).not.toMatch(/\?/);
      expect(card(a)).toEqual({ ...card(a), actions: [], body: [expect.objectContaining({ text: line })] });
      expect(a).not.toHaveProperty('suggestedActions');
      expect(a.channelData).toEqual({ sesame: { expecting: null, marker: '1.2.3', decided: 'confirmed' } });
    }
  });

  it('says a cancel and a replacement too', () => {
    const cancelled = decidedActivity(shown, 'x', { outcome: 'cancelled', by: 'Sophie Lambert', when: WHEN }, 'fr');
    expect(card(cancelled).body[0]!.text).toBe("✗ Annulé par Sophie Lambert le 01/03/2027 09:30 (heure de Bruxelles) : rien n'a été enregistré.");
    const replaced = decidedActivity(shown, 'x', { outcome: 'replaced', by: 'Sophie Lambert', when: WHEN }, 'nl');
    expect(card(replaced).body[0]!.text).toBe('Vervangen door een recentere samenvatting, verderop.');
  });

  it('keeps the text shown when the row holds no figures (kept by an older version)', () => {
    const old = { ...shown, channelData: { sesame: { expecting: 'confirm', marker: '1.2.3' } } };
    expect(decidedActivity(old, 'x', { outcome: 'confirmed', by: 'S', when: WHEN }, 'fr').text).toBe(shown.text);
  });

  it('takes the figures out of the replies before they are sent', () => {
    const replies: { text: string; channelData?: { sesame?: Record<string, unknown> } }[] = [{ text: 'a' }, structuredClone(shown)];
    expect(takeSummaries(replies)).toEqual([undefined, summary]);
    expect(replies[1]!.channelData!.sesame).toEqual({ expecting: 'confirm', marker: '1.2.3' });
  });
});
