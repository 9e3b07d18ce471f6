import { authMode, createChannelAuth } from '../../src/bot/adapter';
import { loadConfig } from '../../src/config';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const TENANT = '99999999-8888-7777-6666-555555555555';

describe('channel authentication settings', () => {
  it('says which mode and which kind of credential, never the credential itself', () => {
    expect(authMode(loadConfig({}))).toMatch(/^local/);
    const secret = authMode(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 's3cr3t' }));
    expect(secret).toMatch(/^authenticated .*MultiTenant, client secret/);
    expect(secret).not.toContain('s3cr3t');
    expect(authMode(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT }))).toMatch(
      /user-assigned managed identity/,
    );
    expect(
      authMode(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT, CertificateThumbprint: 'AB12', CertificatePrivateKey: 'PEM' })),
    ).toMatch(/SingleTenant, certificate/);
  });

  it('accepts what botbuilder supports and refuses an incomplete set at start-up', () => {
    expect(() => createChannelAuth(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x' }))).not.toThrow();
    expect(() => createChannelAuth(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT }))).not.toThrow();
    expect(() =>
      createChannelAuth(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT, CertificateThumbprint: 'AB12', CertificatePrivateKey: 'PEM' })),
    ).not.toThrow();
    expect(() => createChannelAuth(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppType: 'SingleTenant', MicrosoftAppPassword: 'x' }))).toThrow(
      /MicrosoftAppTenantId is required/,
    );
    expect(() => createChannelAuth(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT, MicrosoftAppPassword: 'x' }))).toThrow(
      /must not be set for MSI/,
    );
    expect(() => loadConfig({ MicrosoftAppType: 'Whatever' })).toThrow(/MicrosoftAppType/);
    expect(() => loadConfig({ CertificatePrivateKeyFile: '/nonexistent/key.pem' })).toThrow(/CertificatePrivateKeyFile: cannot read/);
  });
});
