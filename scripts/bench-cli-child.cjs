// Runs the built CLI and reports its peak memory on stderr (for npm run bench).
'use strict';
const { main } = require('../build/cli.js');

const devNull = { out: () => {}, err: (text) => process.stderr.write(text) };
main(process.argv.slice(2), devNull).then((code) => {
  process.stderr.write(`${JSON.stringify({ maxRSSKB: process.resourceUsage().maxRSS })}\n`);
  process.exitCode = code === 1 ? 0 : code;
});
