// npm run examples:make: writes the real-world layouts of scripts/real-sheets.ts to examples/real/,
// so anyone can try `npx kefu-sheets inspect examples/real/store-complaints.xlsx`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REAL_WORKBOOKS, writeRealXlsx } from './real-sheets';

async function main(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const index = [
    '# examples/real',
    '',
    'Workbooks laid out as real teams keep them; made by `npm run examples:make`.',
    '',
  ];
  for (const workbook of REAL_WORKBOOKS) {
    await writeRealXlsx(workbook.sheets, join(dir, workbook.file));
    index.push(`- \`${workbook.file}\`: ${workbook.about}`);
  }
  writeFileSync(join(dir, 'README.md'), `${index.join('\n')}\n`);
  console.error(`wrote ${REAL_WORKBOOKS.length} workbooks to ${dir}`);
}

main(process.argv[2] ?? join(process.cwd(), 'examples', 'real')).catch((error) => {
  console.error(error);
  process.exit(1);
});
