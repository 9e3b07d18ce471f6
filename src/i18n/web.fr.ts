import type { WebCatalog } from './web.catalog';

export const webFr: WebCatalog = {
  tagline: () => 'Accès aux applications sécurisées de la sécurité sociale',
  intro: () => "Donnez accès à HospiSup, Colindos, Hospiliss, eBirth ou Chapitre IV à un collègue, en une courte conversation. Tapez « annuler » à tout moment.",
  language: () => 'Langue',
  newConversation: () => 'Nouvelle conversation',
  noToken: () => "Le chat n'est pas disponible sur cette page : il doit être intégré par le site de l'hôpital.",
  connecting: () => 'Connexion…',
  dateFormat: () => 'jj-mm-aaaa',
};
