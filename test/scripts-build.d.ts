// Types of the build script, imported by tests.
declare module '*/scripts/build.mjs' {
  export function build(options?: { quiet?: boolean }): Promise<void>;
  export function readEntryExports(file?: string): Array<{ name: string; params: string[]; jsdoc: string }>;
}
