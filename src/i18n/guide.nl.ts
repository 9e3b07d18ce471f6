import type { GuideCatalog } from './guide.catalog';

/** The portal procedure, one step a message; portal labels quoted as the portal shows them in this language. */
export const guideNl: GuideCatalog = {
  open: () =>
    `Open „Toegangsbeheer voor ondernemingen en organisaties” op het portaal socialsecurity.be.`,
  accessButton: () =>
    `Klik op de knop „Toegangsbeheer”.`,
  login: () =>
    `Meld u aan: elektronische identiteitskaart (eID), itsme, eenmalige code van een mobiele app, token of toegangscodes.`,
  organisation: () =>
    `Kies de organisatie in de lijst (bijvoorbeeld „Hôpitaux IRIS Sud; RIZIV-nr: 710087-50”) en klik op de link van uw rol (Verantwoordelijke, Co-verantwoordelijke of Toegangsbeheerder).`,
  quality: () =>
    `Kies in de „Lijst van hoedanigheden” „Zorgverlener: ziekenhuis”. Is ze niet actief, vink dan „Hoedanigheid activeren” aan. Klik op „Volgende”.`,
  user: () =>
    `Zoek de persoon in de gebruikerslijst (filters Naam, Voornaam, INSZ…) en klik op het eerste pictogram onder „Actie”. Staat ze er niet in, typ dan haar INSZ onder „Een gebruiker toevoegen” en klik op „Volgende”: vul de gebruikersnaam (twee keer), het wachtwoord (twee keer), naam, voornaam en e-mailadres in.`,
  application: ({ app }) =>
    `Vink onder „Beveiligde toepassingen” „${app}” aan en sla op.`,
  confirm: () =>
    `Controleer het overzicht en klik op „Bevestigen”. De toegang is actief binnen maximaal 20 minuten.`,
  functionWho: () =>
    `Een arts(-specialist) of ziekenhuisapotheker heeft niets meer nodig: klaar. Voor een medewerker van een van hen, ga naar het menu „Beheer hoedanigheid” > „Functies en verantwoordelijkheidshiërarchie”.`,
  functionPerson: () =>
    `Klik in „Overzicht van personen en functies” op het eerste pictogram rechts van de medewerker.`,
  functionChoose: () =>
    `Kies „medewerker arts-specialist” of „medewerker ziekenhuisapotheker” in het keuzemenu, geef de begindatum (dd-mm-jjjj) en klik op „Toevoegen”.`,
  functionCheck: () =>
    `De functie verschijnt onder „Uitgeoefende functies” met haar begindatum. Ze is actief binnen maximaal 20 minuten, niet vóór haar begindatum.`,
};
