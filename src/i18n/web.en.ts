import type { WebCatalog } from './web.catalog';

export const webEn: WebCatalog = {
  tagline: () => 'Access to the secured social security applications',
  intro: () => 'Give a colleague access to HospiSup, Colindos, Hospiliss, eBirth or Chapter IV in a short conversation. Type “cancel” at any time.',
  language: () => 'Language',
  newConversation: () => 'New conversation',
  noToken: () => 'The chat is not available on this page: the hospital’s website has to embed it.',
  connecting: () => 'Connecting…',
  dateFormat: () => 'dd/mm/yyyy',
};
