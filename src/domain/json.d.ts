// The chinese-days data file, imported as JSON and bundled.
declare module 'chinese-days/dist/chinese-days.json' {
  const value: {
    holidays: Record<string, string>;
    workdays: Record<string, string>;
    inLieuDays: Record<string, string>;
  };
  export default value;
}
