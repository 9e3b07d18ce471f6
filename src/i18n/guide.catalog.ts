import type { GuideStepId } from '../../dialogs/helpdesk/portal-guide';
import type { CatalogOf, NoticeOf } from './types';

/** The text of each step of the portal guide; the application step names the application. */
export type GuideMessageParams = { [K in GuideStepId]: K extends 'application' ? { app: string } : void };

export type GuideCatalog = CatalogOf<GuideMessageParams>;
export type GuideNotice = NoticeOf<GuideMessageParams>;
