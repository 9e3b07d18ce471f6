import fc from 'fast-check';
import { nissNumber } from '../support/population';

/** Replaced by the fake connector's address before sending. */
export const CONNECTOR = '{{connector}}';

/** Strings an attacker or a broken client sends: injections, markup, odd unicode, NISS and e-mails, huge. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      "'; DROP TABLE grants; --", '" OR 1=1 --', "Robert'); DELETE FROM users WHERE ('1'='1", '1; UPDATE grants SET status=\'active\'',
      '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '**gras** _it_ [lien](javascript:alert(1))', '![x](http://127.0.0.1:9/p.png)',
      '{{constructor.constructor("return process")()}}', '${process.exit(1)}', '__proto__', 'constructor', 'toString',
      '\u0000', '\u202Eevil\u202C', '\uD800', '\uFEFF', '🦄'.repeat(50), 'ǅ̶̡̛̛̖͓̞', '\r\n\r\nHTTP/1.1 200 OK', '../../etc/passwd',
      'demo-manager', 'stop', 'oui', 'yes', '2', '1', 'hospisup', '', ' ', '85073003328', '85.07.30-033.28', 'conv85073003328',
      'marie.dupont@example.org', `niss ${nissNumber(7)} mail x.y@example.be`,
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 4 }).map((n) => 'A'.repeat(n * 70_000)) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(4001), 'é'.repeat(5000), '0'.repeat(513)) },
);

const anything: fc.Arbitrary<unknown> = fc.oneof(hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.jsonValue({ maxDepth: 3 }));

/** Teams' answer to a file offer, with hostile parts: never a 5xx, never an upload. */
const fileConsentValue = fc.record(
  {
    type: fc.oneof(fc.constant('fileUpload'), anything),
    action: fc.oneof(fc.constantFrom('accept', 'decline'), anything),
    context: fc.oneof(fc.record({ sesameFile: fc.oneof(hostileString, fc.constant('0'.repeat(32))) }), anything),
    uploadInfo: fc.oneof(
      fc.record({ uploadUrl: fc.oneof(fc.constantFrom('http://127.0.0.1:0/', 'file:///etc/passwd', 'https://example.org/u'), hostileString), contentUrl: hostileString, name: hostileString }),
      anything,
    ),
  },
  { requiredKeys: [] },
);

/** Known managers, strangers, and hostile ids. */
const fromId = fc.oneof(fc.constantFrom('demo-manager', 'demo-helpdesk', 'someone-else'), hostileString);

const account = fc.record(
  { id: fc.oneof({ weight: 5, arbitrary: fromId }, { weight: 1, arbitrary: anything }), name: fc.oneof(hostileString, anything), aadObjectId: fc.oneof(hostileString, anything) },
  { requiredKeys: [] },
);

/** Every field of an activity, hostile or of the wrong type. */
const hostileFields = fc.record(
  {
    type: fc.oneof({ weight: 5, arbitrary: fc.constantFrom('message', 'conversationUpdate', 'invoke', 'event', 'typing', 'endOfConversation') }, { weight: 1, arbitrary: anything }),
    id: fc.oneof(hostileString, anything),
    channelId: fc.oneof(fc.constantFrom('test', 'msteams', 'directline', 'webchat'), anything),
    // No host but 127.0.0.1: in local mode the bot posts replies to the serviceUrl it is given.
    serviceUrl: fc.oneof(fc.constantFrom(CONNECTOR, `${CONNECTOR}/../../v3`, 'javascript:alert(1)', 'file:///etc/passwd', 'http://127.0.0.1:0/'), fc.integer(), fc.constant(null), fc.constant({})),
    deliveryMode: fc.oneof({ weight: 5, arbitrary: fc.constant('expectReplies') }, { weight: 1, arbitrary: anything }),
    conversation: fc.oneof({ weight: 5, arbitrary: fc.record({ id: fc.oneof(hostileString, anything), isGroup: anything }, { requiredKeys: ['id'] }) }, { weight: 1, arbitrary: anything }),
    from: fc.oneof({ weight: 5, arbitrary: account }, { weight: 1, arbitrary: anything }),
    recipient: fc.oneof(account, anything),
    locale: fc.oneof(fc.constantFrom('fr-BE', 'nl', 'de-DE', 'en', 'xx-YY', ''), anything),
    text: fc.oneof({ weight: 4, arbitrary: hostileString }, { weight: 1, arbitrary: anything }),
    value: fc.oneof(
      { weight: 3, arbitrary: anything },
      { weight: 1, arbitrary: fileConsentValue },
    ),
    name: fc.oneof(fc.constantFrom('fileConsent/invoke', 'composeExtension/query'), anything),
    membersAdded: fc.oneof(fc.array(account, { maxLength: 3 }), fc.array(anything, { maxLength: 120 }), anything),
    attachments: fc.oneof(fc.array(fc.record({ contentType: hostileString, content: anything }), { maxLength: 2 }), anything),
    entities: anything,
    channelData: anything,
  },
);

/** A well-formed message from a known manager, a stranger or a hostile id, with hostile text and names. */
const plausibleActivity = fc.record({
  // An invoke here is Teams' answer to a file offer (other invokes get the adapter's 501).
  type: fc.constantFrom('message', 'message', 'message', 'message', 'message', 'conversationUpdate', 'invoke'),
  name: fc.constant('fileConsent/invoke'),
  value: fileConsentValue,
  id: fc.oneof(fc.uuid(), hostileString),
  channelId: fc.constant('test'),
  serviceUrl: fc.constant(CONNECTOR),
  deliveryMode: fc.constant('expectReplies'),
  conversation: fc.record({ id: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 30 }).map((n) => `fuzz-${n}`) }, { weight: 1, arbitrary: hostileString }) }),
  from: fc.record({ id: fromId, name: hostileString }),
  recipient: fc.constant({ id: 'sesame', name: 'Sésame' }),
  locale: fc.constantFrom('fr-BE', 'nl-BE', 'de-DE', 'en-GB', 'xx', '\u0000'),
  text: hostileString,
  membersAdded: fc.array(fc.record({ id: fromId, name: hostileString }), { maxLength: 2 }),
});

const FIELDS = ['type', 'id', 'channelId', 'serviceUrl', 'deliveryMode', 'conversation', 'from', 'recipient', 'locale', 'text', 'value', 'name', 'membersAdded', 'attachments', 'entities', 'channelData'] as const;

/** A plausible activity with none to four of its fields replaced by hostile values (or dropped). */
export const hostileActivity: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(plausibleActivity, hostileFields, fc.subarray([...FIELDS], { maxLength: 4 }), fc.subarray([...FIELDS], { maxLength: 1 }))
  .map(([base, bad, replaced, dropped]) => {
    const activity: Record<string, unknown> = { ...base };
    for (const k of replaced) activity[k] = bad[k];
    for (const k of dropped) delete activity[k];
    return activity;
  });

export interface HostileRequest {
  contentType: string | null;
  body: string;
  /** The parsed activity when the body is one, to know which conversations a known manager may legitimately advance. */
  activity?: Record<string, unknown>;
}

const contentTypes = fc.constantFrom('application/json', 'application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', null);

export const hostileRequest: fc.Arbitrary<HostileRequest> = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(hostileActivity, contentTypes).map(([activity, contentType]) => ({ contentType, body: JSON.stringify(activity), activity })) },
  { weight: 1, arbitrary: fc.tuple(fc.jsonValue({ maxDepth: 4 }), contentTypes).map(([v, contentType]) => ({ contentType, body: JSON.stringify(v) ?? 'null' })) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.oneof(hostileString, fc.constantFrom('{"type": "message", ', '{', '[]', 'null', '{"__proto__": {"admin": true}}', '\u0000\u0001', '{"a":'.repeat(5000))), contentTypes).map(([body, contentType]) => ({ contentType, body })),
  },
);
