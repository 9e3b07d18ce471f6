import { restifyEcho, stockEcho, waterfallBot } from './servers';

/** `node server-main.js <restify|echo|waterfall> [db]`: starts one baseline and prints its port. */
async function main() {
  const [kind, db] = process.argv.slice(2);
  const port = kind === 'restify' ? await restifyEcho() : kind === 'echo' ? await stockEcho() : await waterfallBot(db!);
  process.stdout.write(`${JSON.stringify({ port })}\n`);
}
void main();
