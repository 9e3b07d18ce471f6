import type { InputCatalog } from './input.catalog';
import { countOf, formatNumber, quotedList } from './format';

const L = 'nl';

export const inputNl: InputCatalog = {
  textTooLong: ({ length, max }) =>
    `Uw bericht is te lang (${formatNumber(length, L)} tekens, hoogstens ${formatNumber(max, L)}): ik heb het niet gelezen. Stuur het in meerdere delen, of alleen wat op mijn vraag antwoordt.`,
  tooManyAttachments: ({ count, max }) =>
    `Uw bericht heeft te veel bijlagen (${formatNumber(count, L)}, hoogstens ${formatNumber(max, L)}): ik heb het niet gelezen. Stuur ze in meerdere berichten.`,
  attachmentsNotAccepted: () =>
    `In dit gesprek kan ik geen bestanden ontvangen: ik heb dit bericht niet gelezen. Plak de rijksregisternummers liever in het bericht zelf, één per regel.`,
  attachmentNotRead: ({ names, more }) =>
    `Ik kan ${quotedList(names, more, L, (k) => countOf(k, L, 'ander bestand', 'andere bestanden'))} niet lezen: ik lees alleen CSV- of tekstbestanden die met het bericht worden meegestuurd (een kolom rijksregisternummers). Ik heb dit bericht niet gelezen: stuur het opnieuw zonder dat bestand, of plak de rijksregisternummers in het bericht.`,
  tooManyEntities: ({ count, max }) =>
    `Uw bericht bevat te veel vermeldingen of elementen (${formatNumber(count, L)}, hoogstens ${formatNumber(max, L)}): ik heb het niet gelezen. Stuur het opnieuw met minder vermeldingen.`,
  unreadableValue: () => `Ik kon niet lezen wat de kaart verstuurde: deze klik heeft niets veranderd. Antwoord door te typen, of gebruik de laatste kaart die ik stuurde.`,
  empty: () => `Uw bericht is leeg: ik heb niets ontvangen om te lezen.`,
  requestKept: () => `Uw lopende aanvraag is niet veranderd.`,
  whatToWrite: () => `Schrijf me wat u wilt doen, bijvoorbeeld „geef HospiSup aan 80.05.15-123.75”, of „hulp”.`,
};
