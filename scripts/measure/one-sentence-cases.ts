/**
 * One-sentence grant requests, as a manager would type them, in the four languages: every
 * sentence names the entity, the person (NISS or name), the application(s) and, for a
 * collaborator, whom they work for and from when (natural dates). Written for the demo data
 * (data/demo.json): Sophie Lambert manages Hôpitaux IRIS Sud and Clinique Sainte-Anne Saint-Remi.
 */
import { todayInBrussels } from '../../src/domain/dates';

export type Lang = 'fr' | 'nl' | 'de' | 'en';
export type Who = 'doctor' | 'pharmacist' | 'doctorCollaborator' | 'pharmacistCollaborator';

export interface OneSentence {
  text: string;
  /** What the person is: a collaborator needs the function (Colindos, Hospiliss). */
  who: Who;
  entity: 'IRIS' | 'Sainte-Anne';
  niss: string;
  /** The applications the grant must hold, by code. */
  applications: string[];
  /** The start date as said, to answer again if asked; its ISO form when it is absolute. */
  start?: { said: string; iso?: string };
  end?: { said: string; iso?: string };
}

/** What a relative date means today in Brussels, as a manager would count it (not as the reader does). */
const today = new Date(`${todayInBrussels()}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const plusDays = (n: number) => iso(new Date(today.getTime() + n * 86_400_000));
/** The coming Monday (never today): "lundi", "lundi prochain", "next Monday", "Anfang nächster Woche". */
const nextMonday = () => plusDays(((8 - today.getUTCDay()) % 7) || 7);
const dayOfNextMonth = (day: number) => iso(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, day)));
/** The next 1 March (this year's if still to come). */
const nextFirstOfMarch = () => {
  const thisYear = new Date(Date.UTC(today.getUTCFullYear(), 2, 1));
  return iso(thisYear > today ? thisYear : new Date(Date.UTC(today.getUTCFullYear() + 1, 2, 1)));
};
const REL: Record<string, () => string> = {
  'lundi prochain': nextMonday, lundi: nextMonday, 'volgende maandag': nextMonday, maandag: nextMonday, 'nächstem Montag': nextMonday, Montag: nextMonday,
  'next Monday': nextMonday, Monday: nextMonday, 'Anfang nächster Woche': nextMonday,
  demain: () => plusDays(1), morgen: () => plusDays(1), tomorrow: () => plusDays(1),
  'après-demain': () => plusDays(2), übermorgen: () => plusDays(2), 'the day after tomorrow': () => plusDays(2),
  'over twee weken': () => plusDays(14), 'in two weeks': () => plusDays(14),
  'le 1er du mois prochain': () => dayOfNextMonth(1), 'début du mois prochain': () => dayOfNextMonth(1), 'begin volgende maand': () => dayOfNextMonth(1),
  'Anfang nächsten Monats': () => dayOfNextMonth(1), 'the start of next month': () => dayOfNextMonth(1),
  'le 3 du mois prochain': () => dayOfNextMonth(3), 'de 3de van volgende maand': () => dayOfNextMonth(3), 'dem 3. nächsten Monats': () => dayOfNextMonth(3),
  'the 3rd of next month': () => dayOfNextMonth(3),
  '1 maart': nextFirstOfMarch,
};
/** A start said in words, with the date it means. */
const rel = (said: string) => ({ said, iso: REL[said]!() });

const MARIE = '85073003328';
const JAN = '90041212377';
const ELS = '78110324621';
const NATHALIE = '82022116865';
const LUCAS = '01091504506';

const c = (text: string, who: Who, entity: OneSentence['entity'], niss: string, applications: string[], start?: OneSentence['start'], end?: OneSentence['end']): OneSentence => ({
  text, who, entity, niss, applications, ...(start ? { start } : {}), ...(end ? { end } : {}),
});

export const CASES: Record<Lang, OneSentence[]> = {
  fr: [
    c('donne HospiSup à 85073003328 pour IRIS Sud, qualité hôpital', 'doctor', 'IRIS', MARIE, ['HOSPISUP']),
    c('accès eBirth pour Marie Dupont à IRIS', 'doctor', 'IRIS', MARIE, ['EBIRTH']),
    c('peux-tu donner Colindos au 82022116865 à Sainte-Anne ? elle est médecin spécialiste', 'doctor', 'Sainte-Anne', NATHALIE, ['COLINDOS']),
    c('Hospiliss pour 78110324621 à Sainte-Anne, elle est pharmacienne hospitalière', 'pharmacist', 'Sainte-Anne', ELS, ['HOSPILISS']),
    c('ajoute Hospisup et eBirth à Nathalie Dubois, Sainte-Anne', 'doctor', 'Sainte-Anne', NATHALIE, ['HOSPISUP', 'EBIRTH']),
    c("je voudrais que 85073003328 ait accès à Colindos à IRIS, c'est une médecin", 'doctor', 'IRIS', MARIE, ['COLINDOS']),
    c('donne le Registre Central de Traçabilité à 82022116865 pour la Clinique Sainte-Anne', 'doctor', 'Sainte-Anne', NATHALIE, ['CENTRAL_TRACEABILITY_REGISTER']),
    c("Chapitre IV pour 85073003328, IRIS Sud, qualité hôpital s'il vous plaît", 'doctor', 'IRIS', MARIE, ['CHAPTER_IV']),
    c('Els Janssens, pharmacienne à Sainte-Anne, a besoin de Colindos', 'pharmacist', 'Sainte-Anne', ELS, ['COLINDOS']),
    c('donne Hospiliss au pharmacien 78110324621 de Sainte-Anne', 'pharmacist', 'Sainte-Anne', ELS, ['HOSPILISS']),
    c("donne Colindos à 90041212377 à IRIS, il est collaborateur d'un médecin, à partir de lundi prochain", 'doctorCollaborator', 'IRIS', JAN, ['COLINDOS'], rel('lundi prochain')),
    c('Hospiliss pour 90041212377 à IRIS Sud, secrétaire du Dr Dupont, à partir du 1er du mois prochain', 'doctorCollaborator', 'IRIS', JAN, ['HOSPILISS'], rel('le 1er du mois prochain')),
    c('Colindos pour 01091504506 à Sainte-Anne à partir de demain, il travaille pour un pharmacien hospitalier', 'pharmacistCollaborator', 'Sainte-Anne', LUCAS, ['COLINDOS'], rel('demain')),
    c('donne Hospiliss à Lucas Mertens (Sainte-Anne), il aide un médecin spécialiste, dès le 15 mars 2027', 'doctorCollaborator', 'Sainte-Anne', LUCAS, ['HOSPILISS'], { said: '15 mars 2027', iso: '2027-03-15' }),
    c('Colindos à 90041212377 pour IRIS, collaborateur médecin-spécialiste du 1er mars 2027 au 30 juin 2027', 'doctorCollaborator', 'IRIS', JAN, ['COLINDOS'], { said: '1er mars 2027', iso: '2027-03-01' }, { said: '30 juin 2027', iso: '2027-06-30' }),
    c("accès Colindos pour Jan Peeters à IRIS, assistant d'un pharmacien, à partir du 3 du mois prochain", 'pharmacistCollaborator', 'IRIS', JAN, ['COLINDOS'], rel('le 3 du mois prochain')),
    c("Hospiliss pour 01091504506 à Sainte-Anne, collaborateur d'un médecin, à partir du début du mois prochain", 'doctorCollaborator', 'Sainte-Anne', LUCAS, ['HOSPILISS'], rel('début du mois prochain')),
    c("donne Colindos à 90041212377 à IRIS dès lundi, il est secrétaire d'un médecin", 'doctorCollaborator', 'IRIS', JAN, ['COLINDOS'], rel('lundi')),
    c("Colindos pour Jan Peeters, IRIS, il travaille pour le Dr Dupont, à partir du 1er avril 2027 jusqu'à fin juin 2027", 'doctorCollaborator', 'IRIS', JAN, ['COLINDOS'], { said: '1er avril 2027', iso: '2027-04-01' }, { said: 'fin juin 2027', iso: '2027-06-30' }),
    c("Hospiliss à 01091504506 chez Sainte-Anne, il assiste une pharmacienne hospitalière, à partir d'après-demain", 'pharmacistCollaborator', 'Sainte-Anne', LUCAS, ['HOSPILISS'], rel('après-demain')),
    c('donne Hospisup à 90041212377 à IRIS', 'doctorCollaborator', 'IRIS', JAN, ['HOSPISUP']),
    c("Colindos et Hospiliss pour 90041212377 à IRIS, collaborateur d'un médecin spécialiste, à partir du 2 janvier 2027", 'doctorCollaborator', 'IRIS', JAN, ['COLINDOS', 'HOSPILISS'], { said: '2 janvier 2027', iso: '2027-01-02' }),
  ],
  nl: [
    c('geef HospiSup aan 85073003328 bij IRIS, hoedanigheid ziekenhuis', 'doctor', 'IRIS', MARIE, ['HOSPISUP']),
    c('eBirth voor Nathalie Dubois in Sainte-Anne', 'doctor', 'Sainte-Anne', NATHALIE, ['EBIRTH']),
    c('kan je Colindos geven aan 82022116865 in Sainte-Anne? zij is arts-specialist', 'doctor', 'Sainte-Anne', NATHALIE, ['COLINDOS']),
    c('Hospiliss voor 78110324621 in Sainte-Anne, zij is ziekenhuisapotheker', 'pharmacist', 'Sainte-Anne', ELS, ['HOSPILISS']),
    c('geef Hospisup en eBirth aan Marie Dupont bij IRIS', 'doctor', 'IRIS', MARIE, ['HOSPISUP', 'EBIRTH']),
    c('Marie Dupont (IRIS) heeft Colindos nodig, ze is arts', 'doctor', 'IRIS', MARIE, ['COLINDOS']),
    c('Chapter IV voor 85073003328 bij IRIS, hoedanigheid ziekenhuis', 'doctor', 'IRIS', MARIE, ['CHAPTER_IV']),
    c('Els Janssens is apotheker in Sainte-Anne en heeft Hospiliss nodig', 'pharmacist', 'Sainte-Anne', ELS, ['HOSPILISS']),
    c('geef Colindos aan apotheker 78110324621 van Sainte-Anne', 'pharmacist', 'Sainte-Anne', ELS, ['COLINDOS']),
    c('eBirth voor 82022116865 in Sainte-Anne graag', 'doctor', 'Sainte-Anne', NATHALIE, ['EBIRTH']),
    c('geef Colindos aan 90041212377 bij IRIS vanaf 1 maart, hij is medewerker van een arts', 'doctorCollaborator', 'IRIS', JAN, ['COLINDOS'], rel('1 maart')),
    c('Hospiliss voor 90041212377 bij IRIS, assistent van Dr Dupont, vanaf volgende maandag', 'doctorCollaborator', 'IRIS', JAN, ['HOSPILISS'], rel('volgende maandag')),
    c('Colindos voor 01091504506 in Sainte-Anne vanaf morgen, hij werkt voor een ziekenhuisapotheker', 'pharmacistCollaborator', 'Sainte-Anne', LUCAS, ['COLINDOS'], rel('morgen')),
    c('geef Hospiliss aan Lucas Mertens in Sainte-Anne, hij helpt een arts-specialist, vanaf 15 maart 2027', 'doctorCollaborator', 'Sainte-Anne', LUCAS, ['HOSPILISS'], { said: '15 maart 2027', iso: '2027-03-15' }),
    c('Colindos aan 90041212377 voor IRIS, medewerker arts-specialist van 1 maart 2027 tot 30 juni 2027', 'doctorCollaborator', 'IRIS', JAN, ['COLINDOS'], { said: '1 maart 2027', iso: '2027-03-01' }, { said: '30 juni 2027', iso: '2027-06-30' }),
    c('Colindos voor Jan Peeters bij IRIS, secretaris van een apotheker, vanaf de 3de van volgende maand', 'pharmacistCollaborator', 'IRIS', JAN, ['COLINDOS'], rel('de 3de van volgende maand')),
    c('Hospiliss voor 01091504506 in Sainte-Anne, medewerker van een arts, vanaf over twee weken', 'doctorCollaborator', 'Sainte-Anne', LUCAS, ['HOSPILISS'], rel('over twee weken')),
    c('geef Colindos aan 90041212377 bij IRIS vanaf maandag, hij is secretaris van een arts', 'doctorCollaborator', 'IRIS', JAN, ['COLINDOS'], rel('maandag')),
    c('Colindos voor Jan Peeters, IRIS, hij werkt voor Dr Dupont, vanaf 1 april 2027 tot eind juni 2027', 'doctorCollaborator', 'IRIS', JAN, ['COLINDOS'], { said: '1 april 2027', iso: '2027-04-01' }, { said: 'eind juni 2027', iso: '2027-06-30' }),
    c('Hospiliss aan 01091504506 bij Sainte-Anne, hij assisteert een ziekenhuisapotheker, vanaf begin volgende maand', 'pharmacistCollaborator', 'Sainte-Anne', LUCAS, ['HOSPILISS'], rel('begin volgende maand')),
    c('geef Hospisup aan 90041212377 bij IRIS', 'doctorCollaborator', 'IRIS', JAN, ['HOSPISUP']),
    c('Colindos en Hospiliss voor 90041212377 bij IRIS, medewerker van een arts-specialist, vanaf 2 januari 2027', 'doctorCollaborator', 'IRIS', JAN, ['COLINDOS', 'HOSPILISS'], { said: '2 januari 2027', iso: '2027-01-02' }),
  ],
  de: [
    c('gib HospiSup an 85073003328 für IRIS, Eigenschaft Krankenhaus', 'doctor', 'IRIS', MARIE, ['HOSPISUP']),
    c('eBirth für Nathalie Dubois in Sainte-Anne', 'doctor', 'Sainte-Anne', NATHALIE, ['EBIRTH']),
    c('können Sie Colindos an 82022116865 in Sainte-Anne geben? Sie ist Fachärztin', 'doctor', 'Sainte-Anne', NATHALIE, ['COLINDOS']),
    c('Hospiliss für 78110324621 in Sainte-Anne, sie ist Krankenhausapothekerin', 'pharmacist', 'Sainte-Anne', ELS, ['HOSPILISS']),
    c('gib Hospisup und eBirth an Marie Dupont bei IRIS', 'doctor', 'IRIS', MARIE, ['HOSPISUP', 'EBIRTH']),
    c('Marie Dupont (IRIS) braucht Colindos, sie ist Ärztin', 'doctor', 'IRIS', MARIE, ['COLINDOS']),
    c('Chapter IV für 85073003328 bei IRIS, Eigenschaft Krankenhaus bitte', 'doctor', 'IRIS', MARIE, ['CHAPTER_IV']),
    c('Els Janssens ist Apothekerin in Sainte-Anne und braucht Hospiliss', 'pharmacist', 'Sainte-Anne', ELS, ['HOSPILISS']),
    c('gib dem Apotheker 78110324621 von Sainte-Anne Colindos', 'pharmacist', 'Sainte-Anne', ELS, ['COLINDOS']),
    c('eBirth für 82022116865 in Sainte-Anne bitte', 'doctor', 'Sainte-Anne', NATHALIE, ['EBIRTH']),
    c('gib Colindos an 90041212377 bei IRIS ab dem 3. nächsten Monats, er ist Mitarbeiter eines Arztes', 'doctorCollaborator', 'IRIS', JAN, ['COLINDOS'], rel('dem 3. nächsten Monats')),
    c('Hospiliss für 90041212377 bei IRIS, Assistent von Dr Dupont, ab nächstem Montag', 'doctorCollaborator', 'IRIS', JAN, ['HOSPILISS'], rel('nächstem Montag')),
    c('Colindos für 01091504506 in Sainte-Anne ab morgen, er arbeitet für einen Krankenhausapotheker', 'pharmacistCollaborator', 'Sainte-Anne', LUCAS, ['COLINDOS'], rel('morgen')),
    c('gib Hospiliss an Lucas Mertens in Sainte-Anne, er hilft einem Facharzt, ab dem 15. März 2027', 'doctorCollaborator', 'Sainte-Anne', LUCAS, ['HOSPILISS'], { said: '15. März 2027', iso: '2027-03-15' }),
    c('Colindos an 90041212377 für IRIS, Mitarbeiter Facharzt vom 1. März 2027 bis zum 30. Juni 2027', 'doctorCollaborator', 'IRIS', JAN, ['COLINDOS'], { said: '1. März 2027', iso: '2027-03-01' }, { said: '30. Juni 2027', iso: '2027-06-30' }),
    c('Colindos für Jan Peeters bei IRIS, Sekretär eines Apothekers, ab Anfang nächsten Monats', 'pharmacistCollaborator', 'IRIS', JAN, ['COLINDOS'], rel('Anfang nächsten Monats')),
    c('Hospiliss für 01091504506 in Sainte-Anne, Mitarbeiter eines Arztes, ab Anfang nächster Woche', 'doctorCollaborator', 'Sainte-Anne', LUCAS, ['HOSPILISS'], rel('Anfang nächster Woche')),
    c('gib Colindos an 90041212377 bei IRIS ab Montag, er ist Sekretär eines Arztes', 'doctorCollaborator', 'IRIS', JAN, ['COLINDOS'], rel('Montag')),
    c('Colindos für Jan Peeters, IRIS, er arbeitet für Dr Dupont, ab dem 1. April 2027 bis Ende Juni 2027', 'doctorCollaborator', 'IRIS', JAN, ['COLINDOS'], { said: '1. April 2027', iso: '2027-04-01' }, { said: 'Ende Juni 2027', iso: '2027-06-30' }),
    c('Hospiliss an 01091504506 bei Sainte-Anne, er assistiert einer Krankenhausapothekerin, ab übermorgen', 'pharmacistCollaborator', 'Sainte-Anne', LUCAS, ['HOSPILISS'], rel('übermorgen')),
    c('gib Hospisup an 90041212377 bei IRIS', 'doctorCollaborator', 'IRIS', JAN, ['HOSPISUP']),
    c('Colindos und Hospiliss für 90041212377 bei IRIS, Mitarbeiter eines Facharztes, ab dem 2. Januar 2027', 'doctorCollaborator', 'IRIS', JAN, ['COLINDOS', 'HOSPILISS'], { said: '2. Januar 2027', iso: '2027-01-02' }),
  ],
  en: [
    c('give HospiSup to 85073003328 at IRIS, capacity hospital', 'doctor', 'IRIS', MARIE, ['HOSPISUP']),
    c('eBirth for Nathalie Dubois at Sainte-Anne', 'doctor', 'Sainte-Anne', NATHALIE, ['EBIRTH']),
    c('could you give Colindos to 82022116865 at Sainte-Anne? she is a specialist doctor', 'doctor', 'Sainte-Anne', NATHALIE, ['COLINDOS']),
    c('Hospiliss for 78110324621 at Sainte-Anne, she is a hospital pharmacist', 'pharmacist', 'Sainte-Anne', ELS, ['HOSPILISS']),
    c('give Hospisup and eBirth to Marie Dupont at IRIS', 'doctor', 'IRIS', MARIE, ['HOSPISUP', 'EBIRTH']),
    c('Marie Dupont (IRIS) needs Colindos, she is a doctor', 'doctor', 'IRIS', MARIE, ['COLINDOS']),
    c('Chapter IV for 85073003328 at IRIS, capacity hospital please', 'doctor', 'IRIS', MARIE, ['CHAPTER_IV']),
    c('Els Janssens is a pharmacist at Sainte-Anne and needs Hospiliss', 'pharmacist', 'Sainte-Anne', ELS, ['HOSPILISS']),
    c('give the pharmacist 78110324621 of Sainte-Anne Colindos', 'pharmacist', 'Sainte-Anne', ELS, ['COLINDOS']),
    c('eBirth for 82022116865 at Sainte-Anne please', 'doctor', 'Sainte-Anne', NATHALIE, ['EBIRTH']),
    c('give Colindos to 90041212377 at IRIS from tomorrow, he works for a doctor', 'doctorCollaborator', 'IRIS', JAN, ['COLINDOS'], rel('tomorrow')),
    c('Hospiliss for 90041212377 at IRIS, assistant to Dr Dupont, from next Monday', 'doctorCollaborator', 'IRIS', JAN, ['HOSPILISS'], rel('next Monday')),
    c('Colindos for 01091504506 at Sainte-Anne from the 3rd of next month, he works for a hospital pharmacist', 'pharmacistCollaborator', 'Sainte-Anne', LUCAS, ['COLINDOS'], rel('the 3rd of next month')),
    c('give Hospiliss to Lucas Mertens at Sainte-Anne, he assists a specialist doctor, from 15 March 2027', 'doctorCollaborator', 'Sainte-Anne', LUCAS, ['HOSPILISS'], { said: '15 March 2027', iso: '2027-03-15' }),
    c("Colindos to 90041212377 for IRIS, specialist doctor's collaborator from 1 March 2027 to 30 June 2027", 'doctorCollaborator', 'IRIS', JAN, ['COLINDOS'], { said: '1 March 2027', iso: '2027-03-01' }, { said: '30 June 2027', iso: '2027-06-30' }),
    c('Colindos for Jan Peeters at IRIS, secretary of a pharmacist, from the start of next month', 'pharmacistCollaborator', 'IRIS', JAN, ['COLINDOS'], rel('the start of next month')),
    c("Hospiliss for 01091504506 at Sainte-Anne, a doctor's collaborator, starting in two weeks", 'doctorCollaborator', 'Sainte-Anne', LUCAS, ['HOSPILISS'], rel('in two weeks')),
    c("give Colindos to 90041212377 at IRIS from Monday, he is a doctor's secretary", 'doctorCollaborator', 'IRIS', JAN, ['COLINDOS'], rel('Monday')),
    c('Colindos for Jan Peeters, IRIS, he works for Dr Dupont, from 1 April 2027 until the end of June 2027', 'doctorCollaborator', 'IRIS', JAN, ['COLINDOS'], { said: '1 April 2027', iso: '2027-04-01' }, { said: 'the end of June 2027', iso: '2027-06-30' }),
    c('Hospiliss to 01091504506 at Sainte-Anne, he helps a hospital pharmacist, from the day after tomorrow', 'pharmacistCollaborator', 'Sainte-Anne', LUCAS, ['HOSPILISS'], rel('the day after tomorrow')),
    c('give Hospisup to 90041212377 at IRIS', 'doctorCollaborator', 'IRIS', JAN, ['HOSPISUP']),
    c('Colindos and Hospiliss for 90041212377 at IRIS, collaborator of a specialist doctor, from 2 January 2027', 'doctorCollaborator', 'IRIS', JAN, ['COLINDOS', 'HOSPILISS'], { said: '2 January 2027', iso: '2027-01-02' }),
  ],
};

/** The shortest answer a manager gives to each question, per language. */
export const ANSWERS: Record<Lang, { yes: string; quality: string; noEnd: string; role: Record<Who, string>; fn: Record<'doctor' | 'pharmacist', string> }> = {
  fr: { yes: 'oui', quality: 'hôpital', noEnd: 'aucune', role: { doctor: 'médecin', pharmacist: 'pharmacien', doctorCollaborator: 'collaborateur', pharmacistCollaborator: 'collaborateur' }, fn: { doctor: 'collaborateur médecin-spécialiste', pharmacist: 'collaborateur pharmacien hospitalier' } },
  nl: { yes: 'ja', quality: 'ziekenhuis', noEnd: 'geen', role: { doctor: 'arts', pharmacist: 'apotheker', doctorCollaborator: 'medewerker', pharmacistCollaborator: 'medewerker' }, fn: { doctor: 'medewerker arts-specialist', pharmacist: 'medewerker ziekenhuisapotheker' } },
  de: { yes: 'ja', quality: 'Krankenhaus', noEnd: 'keine', role: { doctor: 'Facharzt', pharmacist: 'Krankenhausapotheker', doctorCollaborator: 'Mitarbeiter', pharmacistCollaborator: 'Mitarbeiter' }, fn: { doctor: 'Mitarbeiter Facharzt', pharmacist: 'Mitarbeiter Krankenhausapotheker' } },
  en: { yes: 'yes', quality: 'hospital', noEnd: 'none', role: { doctor: 'doctor', pharmacist: 'pharmacist', doctorCollaborator: 'collaborator', pharmacistCollaborator: 'collaborator' }, fn: { doctor: "specialist doctor's collaborator", pharmacist: "hospital pharmacist's collaborator" } },
};
