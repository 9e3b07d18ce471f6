/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  // The type check is `tsc --noEmit` in `npm test`; ts-jest only transpiles.
  testTimeout: 15000,
  // Every test server logs into a temporary folder; the teardown fails the run on an unmasked NISS, e-mail or password.
  globalSetup: '<rootDir>/test/support/privacy/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/privacy/global-teardown.ts',
};
