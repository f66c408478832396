// Types of the build script, imported by tests.
declare module '*/scripts/build.mjs' {
  export function build(options?: { quiet?: boolean }): Promise<void>;
  export function readEntryExports(file?: string): Array<{ name: string; params: string[]; jsdoc: string }>;
}
declare module '*/scripts/make-holidays.mjs' {
  interface Correction {
    date: string;
    name: string;
    source?: string;
  }
  interface YearEntry {
    checked: 'government' | 'copy' | 'none';
    sources?: string[];
    note?: string;
    add?: Correction[];
    remove?: Correction[];
    work?: Correction[];
  }
  interface Corrections {
    regions: Record<string, { base: 'date-holidays' | 'none'; years: Record<string, YearEntry> }>;
  }
  export function holidaysSource(): string;
  export function readCorrections(): Corrections;
  export function regionDays(
    corrections?: Corrections,
  ): Record<string, { years: number[]; unchecked: number[]; off: string[]; work: string[] }>;
}
