import { createServer, type Server } from 'node:http';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';

export const APP_ID = '11111111-2222-3333-4444-555555555555';
export const CHANNEL_ISSUER = 'https://api.botframework.com';
export const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

/**
 * Publishes signing keys the way login.botframework.com does (OpenID configuration + JWKS), on
 * 127.0.0.1, so a correctly signed token can be told from a forged one without the network.
 */
export class OpenIdStub {
  private server: Server | undefined;
  url = '';
  requests = 0;
  constructor(private readonly publicKey: KeyObject, private readonly kid: string) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.requests++;
      res.writeHead(200, { 'content-type': 'application/json' });
      if (req.url === '/keys') {
        const jwk = this.publicKey.export({ format: 'jwk' });
        res.end(JSON.stringify({ keys: [{ ...jwk, kid: this.kid, kty: 'RSA', use: 'sig', endorsements: ['msteams'] }] }));
      } else {
        res.end(JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `${this.url}/keys` }));
      }
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}

export const keyPair = () => generateKeyPairSync('rsa', { modulusLength: 2048 });

export function token(privateKey: KeyObject, kid: string, claims: { aud?: string; serviceurl?: string } = {}): string {
  return jwt.sign({ serviceurl: claims.serviceurl ?? SERVICE_URL }, privateKey, {
    algorithm: 'RS256',
    keyid: kid,
    issuer: CHANNEL_ISSUER,
    audience: claims.aud ?? APP_ID,
    expiresIn: '5m',
  });
}
