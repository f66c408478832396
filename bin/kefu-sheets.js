#!/usr/bin/env node
'use strict';
// The kefu-sheets command: runs the built CLI (build/cli.js, made by `npm run build` / `npm install`).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', 'build', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write('kefu-sheets: not built yet; run `npm run build` first\n');
  process.exit(2);
}
// Exit status, a closed pipe and errors escaping the run: see runProcess in src/cli/main.ts.
require(cli).runProcess(process.argv.slice(2));
