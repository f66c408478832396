// Runs the built CLI and reports its peak memory on stderr (for npm run bench). With
// `--exceljs-load FILE` it only loads FILE whole with ExcelJS instead: the yardstick the CLI's
// streaming reader is measured beside.
'use strict';

const report = (code) => {
  process.stderr.write(`${JSON.stringify({ maxRSSKB: process.resourceUsage().maxRSS })}\n`);
  process.exitCode = code === 1 ? 0 : code;
};

if (process.argv[2] === '--exceljs-load') {
  const ExcelJS = require('exceljs');
  new ExcelJS.Workbook().xlsx.readFile(process.argv[3]).then(
    () => report(0),
    (error) => {
      process.stderr.write(`${error}\n`);
      report(2);
    },
  );
} else {
  const { main } = require('../build/cli.js');
  const devNull = { out: () => {}, err: (text) => process.stderr.write(text) };
  main(process.argv.slice(2), devNull).then(report);
}
