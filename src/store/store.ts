import { durably, openDatabase, type Db } from './db';
import { CatalogRepo } from './catalog.repo';
import { PeopleRepo } from './people.repo';
import { AccessRepo } from './access.repo';
import { ConversationsRepo } from './conversations.repo';
import { OutboxRepo } from './outbox.repo';
import { HoldingsRepo } from './holdings.repo';
import { PreferencesRepo } from './preferences.repo';
import { PersonalChatsRepo } from './personal-chats.repo';
import { ContactsRepo } from './contacts.repo';
import { DirectLineRepo } from './directline.repo';
import { CardMessagesRepo } from './card-messages.repo';
import { DirectoryRepo } from './directory.repo';
import { RevocationRepo } from './revocation.repo';
import { DesignationRepo } from './designation.repo';
import { AuditRepo } from './audit.repo';
import { InvitationsRepo } from './invitations.repo';
import { HelpdeskRepo } from './helpdesk.repo';
import { PendingFilesRepo } from './pending-files.repo';

/** One database and its repositories, each with its statements prepared once. */
export class Store {
  readonly catalog: CatalogRepo;
  readonly people: PeopleRepo;
  readonly access: AccessRepo;
  readonly conversations: ConversationsRepo;
  readonly outbox: OutboxRepo;
  readonly holdings: HoldingsRepo;
  readonly preferences: PreferencesRepo;
  readonly personalChats: PersonalChatsRepo;
  readonly contacts: ContactsRepo;
  readonly directLine: DirectLineRepo;
  readonly cardMessages: CardMessagesRepo;
  readonly directory: DirectoryRepo;
  readonly revocations: RevocationRepo;
  readonly designations: DesignationRepo;
  readonly audit: AuditRepo;
  readonly invitations: InvitationsRepo;
  readonly helpdesk: HelpdeskRepo;
  readonly pendingFiles: PendingFilesRepo;

  constructor(readonly db: Db, readonly options: { activationDelayMs: number }) {
    this.catalog = new CatalogRepo(db);
    this.people = new PeopleRepo(db);
    this.audit = new AuditRepo(db);
    this.access = new AccessRepo(db);
    this.conversations = new ConversationsRepo(db);
    this.outbox = new OutboxRepo(db);
    this.holdings = new HoldingsRepo(db);
    this.preferences = new PreferencesRepo(db);
    this.personalChats = new PersonalChatsRepo(db);
    this.contacts = new ContactsRepo(db);
    this.directLine = new DirectLineRepo(db);
    this.cardMessages = new CardMessagesRepo(db);
    this.directory = new DirectoryRepo(db);
    this.revocations = new RevocationRepo(db);
    this.designations = new DesignationRepo(db);
    this.invitations = new InvitationsRepo(db);
    this.helpdesk = new HelpdeskRepo(db);
    this.pendingFiles = new PendingFilesRepo(db);
  }

  static open(file: string, options: { activationDelayMs: number }): Store {
    return new Store(openDatabase(file), options);
  }

  /**
   * Runs `work` in one transaction; `durable`: its commit is on disk when it returns (access changes);
   * `immediate`: it holds the write lock from its first statement (BEGIN IMMEDIATE), so what it reads
   * first, the due work it claims, no other writer (the CLI, another process) changes before it commits.
   */
  transaction<T>(work: () => T, options: { durable: boolean; immediate?: boolean } = { durable: true }): T {
    const tx = this.db.transaction(work);
    const run = options.immediate ? () => tx.immediate() : () => tx();
    return options.durable ? durably(this.db, run) : run();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
