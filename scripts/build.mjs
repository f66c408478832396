// Builds dist/ for clasp (Code.js, appsscript.json, sidebar HTML) and the CLI (build/cli.js).
// Code.js is an IIFE plus one generated top-level function per export of src/gas/entry.ts,
// each carrying the export's JSDoc so Sheets shows custom-function help, after the phone-number
// library, minified apart (buildPhoneLibrary). The IIFE is minified in whitespace and syntax only:
// its names stay as written (Apps Script has 800 KB in view; test/gas/bundle.test.ts holds it).

import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const entryFile = join(root, 'src/gas/entry.ts');
const GLOBAL = 'KefuSheets';
const BANNER = '// Generated code, do not edit. Built from src/ by scripts/build.mjs (Kefu Sheets 客服助手).';

/** The entry module's exported functions with their JSDoc and parameter names. */
export function readEntryExports(file = entryFile) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true);
  const exports = [];
  for (const statement of source.statements) {
    const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (!ts.isFunctionDeclaration(statement) || !statement.name) {
      throw new Error(`${file}: only function declarations may be exported from the entry module`);
    }
    const ranges = ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? [];
    const jsdoc = ranges
      .map((r) => text.slice(r.pos, r.end))
      .filter((c) => c.startsWith('/**'))
      .pop();
    exports.push({
      name: statement.name.text,
      params: statement.parameters.map((p) => p.name.getText(source)),
      jsdoc: jsdoc ?? '',
    });
  }
  return exports;
}

function stub({ name, params, jsdoc }) {
  const doc = jsdoc ? `${jsdoc}\n` : '';
  return `${doc}function ${name}(${params.join(', ')}) {\n  return ${GLOBAL}.${name}.apply(this, arguments);\n}\n`;
}

/**
 * The calendar needs only the dates of chinese-days' holidays and make-up working days, not the
 * names or the in-lieu table: the Apps Script bundle gets just those keys.
 */
const calendarDataOnly = {
  name: 'calendar-data-only',
  setup(b) {
    b.onLoad({ filter: /chinese-days[\\/]dist[\\/]chinese-days\.json$/ }, (args) => {
      const data = JSON.parse(readFileSync(args.path, 'utf8'));
      const keys = (table) => JSON.stringify(Object.keys(table).sort());
      const contents =
        `const pick = (days) => Object.fromEntries(days.map((d) => [d, '']));\n` +
        `export default { holidays: pick(${keys(data.holidays)}), workdays: pick(${keys(data.workdays)}), inLieuDays: {} };\n`;
      return { contents, loader: 'js' };
    });
  },
};

/**
 * libphonenumber-js (src/domain/phone/phone.ts) is bundled apart and minified, ahead of the add-on's
 * IIFE as one top-level object: nobody reads its code in a stack trace, and minified it weighs
 * about 120 KB instead of 180 KB (bundled with the add-on it would be printed unminified).
 */
const PHONE_GLOBAL = 'KefuSheetsPhoneNumbers';
const PHONE_MODULE = 'libphonenumber-js/min';
const PHONE_EXPORTS = ['parsePhoneNumberFromString'];

async function buildPhoneLibrary() {
  const library = await esbuild.build({
    stdin: { contents: `export { ${PHONE_EXPORTS.join(', ')} } from '${PHONE_MODULE}';`, resolveDir: root },
    bundle: true,
    format: 'iife',
    globalName: PHONE_GLOBAL,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  return library.outputFiles[0].text.trim();
}

/** In the add-on's bundle, libphonenumber-js/min is the object buildPhoneLibrary defines. */
const phoneLibraryGlobal = {
  name: 'phone-library-global',
  setup(b) {
    b.onResolve({ filter: /^libphonenumber-js\/min$/ }, () => ({
      path: PHONE_MODULE,
      namespace: 'kefu-phone',
    }));
    b.onLoad({ filter: /.*/, namespace: 'kefu-phone' }, () => ({
      contents: PHONE_EXPORTS.map((name) => `export const ${name} = ${PHONE_GLOBAL}.${name};`).join('\n'),
      loader: 'js',
    }));
  },
};

/** The sidebar as one HTML file (script and style inlined), as HtmlService serves it. */
async function buildSidebar() {
  const client = await esbuild.build({
    entryPoints: [join(root, 'src/ui/sidebar.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  const script = client.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const style = readFileSync(join(root, 'src/ui/sidebar.css'), 'utf8');
  return readFileSync(join(root, 'src/ui/sidebar.html'), 'utf8')
    .replace('/*STYLE*/', () => style)
    .replace('/*SCRIPT*/', () => script);
}

export async function build({ quiet = false } = {}) {
  mkdirSync(dist, { recursive: true });
  const gas = await esbuild.build({
    entryPoints: [entryFile],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    // Whitespace and syntax only: names stay as written, so a stack trace in the Apps Script
    // editor's log still names the function it came from.
    minifyWhitespace: true,
    minifySyntax: true,
    plugins: [calendarDataOnly, phoneLibraryGlobal],
    write: false,
    logLevel: 'warning',
  });
  const bundle = gas.outputFiles[0].text;
  const stubs = readEntryExports().map(stub).join('\n');
  const phoneLibrary = await buildPhoneLibrary();
  writeFileSync(join(dist, 'Code.js'), `${BANNER}\n${phoneLibrary}\n${bundle}\n${stubs}`);
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  writeFileSync(join(dist, 'Sidebar.html'), await buildSidebar());

  await esbuild.build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    // Outside dist/: clasp pushes everything in its rootDir, and Node code must not reach Apps Script.
    outfile: join(root, 'build', 'cli.js'),
    banner: { js: BANNER },
    charset: 'utf8',
    logLevel: 'warning',
  });
  // Progress on stderr: stdout stays clean for commands that print JSON after a build.
  if (!quiet)
    console.error(
      `built dist/Code.js (${Buffer.byteLength(readFileSync(join(dist, 'Code.js')))} bytes) and build/cli.js`,
    );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  build().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
