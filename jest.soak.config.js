/** `npm run test:soak`: the long versions of the reliability tests (more conversations, more crashes). */
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = { ...base, testMatch: ['**/*.soak.ts'], testTimeout: 10 * 60_000 };
