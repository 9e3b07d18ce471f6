/*
 * Lets a child `node` run the TypeScript sources directly (`node -r ./test/support/ts-register.js src/index.ts`),
 * so tests that start the real server as a process need no build step and work from a fresh clone.
 * Transpile only, like ts-jest here: the type check is `tsc --noEmit` in `npm test`.
 */
'use strict';
const fs = require('node:fs');
const ts = require('typescript');

const options = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, sourceMap: false, inlineSourceMap: true };

require.extensions['.ts'] = function compile(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: options, fileName: filename });
  module._compile(outputText, filename);
};
