/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  // The type check is `tsc --noEmit` in `npm test`; ts-jest only transpiles.
  testTimeout: 15000,
};
