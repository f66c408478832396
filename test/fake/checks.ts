// Compile-time proof that the fake only has members real Apps Script has, with compatible parameters.
// `npm run typecheck` fails when a fake class grows a method Apps Script lacks.

import type {
  FakeAuthorizationInfo,
  FakeBooleanCondition,
  FakeCache,
  FakeCacheService,
  FakeChartBuilder,
  FakeChartOptions,
  FakeClockTriggerBuilder,
  FakeConditionalFormatRule,
  FakeConditionalFormatRuleBuilder,
  FakeDataValidation,
  FakeDataValidationBuilder,
  FakeDeveloperMetadata,
  FakeDeveloperMetadataFinder,
  FakeDeveloperMetadataLocation,
  FakeEmbeddedChart,
  FakeHtmlOutput,
  FakeHtmlService,
  FakeHttpResponse,
  FakeLock,
  FakeLockService,
  FakeLogger,
  FakeMailApp,
  FakeMenu,
  FakePromptResponse,
  FakeProperties,
  FakePropertiesService,
  FakeProtection,
  FakeRange,
  FakeRangeList,
  FakeRichTextValue,
  FakeRichTextValueBuilder,
  FakeScriptApp,
  FakeSession,
  FakeSheet,
  FakeSpreadsheet,
  FakeSpreadsheetApp,
  FakeSpreadsheetTriggerBuilder,
  FakeTextFinder,
  FakeTrigger,
  FakeTriggerBuilder,
  FakeUi,
  FakeUrlFetchApp,
  FakeUserIdentity,
  FakeUtilities,
} from './spreadsheet';

/** Members the fake exposes only to tests (documented as internal in the fake). */
type TestOnly =
  | 'describe'
  | 'functionNames'
  | 'owner'
  | 'items'
  | 'added'
  | 'caption'
  | 'addon'
  | 'everyHours'
  | 'kind'
  | 'document'
  | 'linkRuns'
  | 'anchor';

/** Resolves to `true` only when every public member of Fake exists on Real. */
type OnlyRealMembers<Fake, Real> = [Exclude<keyof Fake, keyof Real | TestOnly>] extends [never]
  ? true
  : { notInAppsScript: Exclude<keyof Fake, keyof Real | TestOnly> };

/** Resolves to `true` when each shared method accepts what the real one's (last overload) accepts. */
type ParamsAccept<Fake, Real> = {
  [K in keyof Fake & keyof Real]: Fake[K] extends (...args: infer A) => unknown
    ? Real[K] extends (...args: infer B) => unknown
      ? B extends A
        ? true
        : { parametersDiffer: K }
      : true
    : true;
}[keyof Fake & keyof Real];

type Check<Fake, Real> = [OnlyRealMembers<Fake, Real>, ParamsAccept<Fake, Real>];
type Ok = [true, true];

export const fakeMatchesAppsScript: {
  spreadsheetApp: Check<FakeSpreadsheetApp, GoogleAppsScript.Spreadsheet.SpreadsheetApp>;
  spreadsheet: Check<FakeSpreadsheet, GoogleAppsScript.Spreadsheet.Spreadsheet>;
  sheet: Check<FakeSheet, GoogleAppsScript.Spreadsheet.Sheet>;
  range: Check<FakeRange, GoogleAppsScript.Spreadsheet.Range>;
  rule: Check<FakeConditionalFormatRule, GoogleAppsScript.Spreadsheet.ConditionalFormatRule>;
  ruleBuilder: Check<
    FakeConditionalFormatRuleBuilder,
    GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder
  >;
  condition: Check<FakeBooleanCondition, GoogleAppsScript.Spreadsheet.BooleanCondition>;
  validation: Check<FakeDataValidation, GoogleAppsScript.Spreadsheet.DataValidation>;
  validationBuilder: Check<FakeDataValidationBuilder, GoogleAppsScript.Spreadsheet.DataValidationBuilder>;
  ui: Check<FakeUi, GoogleAppsScript.Base.Ui>;
  menu: Check<FakeMenu, GoogleAppsScript.Base.Menu>;
  prompt: Check<FakePromptResponse, GoogleAppsScript.Base.PromptResponse>;
  properties: Check<FakeProperties, GoogleAppsScript.Properties.Properties>;
  propertiesService: Check<FakePropertiesService, GoogleAppsScript.Properties.PropertiesService>;
  lock: Check<FakeLock, GoogleAppsScript.Lock.Lock>;
  lockService: Check<FakeLockService, GoogleAppsScript.Lock.LockService>;
  trigger: Check<FakeTrigger, GoogleAppsScript.Script.Trigger>;
  triggerBuilder: Check<FakeTriggerBuilder, GoogleAppsScript.Script.TriggerBuilder>;
  clockBuilder: Check<FakeClockTriggerBuilder, GoogleAppsScript.Script.ClockTriggerBuilder>;
  scriptApp: Check<FakeScriptApp, GoogleAppsScript.Script.ScriptApp>;
  session: Check<FakeSession, GoogleAppsScript.Base.Session>;
  logger: Check<FakeLogger, GoogleAppsScript.Base.Logger>;
  richText: Check<FakeRichTextValue, GoogleAppsScript.Spreadsheet.RichTextValue>;
  richTextBuilder: Check<FakeRichTextValueBuilder, GoogleAppsScript.Spreadsheet.RichTextValueBuilder>;
  chart: Check<FakeEmbeddedChart, GoogleAppsScript.Spreadsheet.EmbeddedChart>;
  chartOptions: Check<FakeChartOptions, GoogleAppsScript.Charts.ChartOptions>;
  chartBuilder: Check<FakeChartBuilder, GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder>;
  mail: Check<FakeMailApp, GoogleAppsScript.Mail.MailApp>;
  html: Check<FakeHtmlService, GoogleAppsScript.HTML.HtmlService>;
  htmlOutput: Check<FakeHtmlOutput, GoogleAppsScript.HTML.HtmlOutput>;
  cache: Check<FakeCache, GoogleAppsScript.Cache.Cache>;
  cacheService: Check<FakeCacheService, GoogleAppsScript.Cache.CacheService>;
  spreadsheetTriggerBuilder: Check<
    FakeSpreadsheetTriggerBuilder,
    GoogleAppsScript.Script.SpreadsheetTriggerBuilder
  >;
  authorizationInfo: Check<FakeAuthorizationInfo, GoogleAppsScript.Script.AuthorizationInfo>;
  textFinder: Check<FakeTextFinder, GoogleAppsScript.Spreadsheet.TextFinder>;
  userIdentity: Check<FakeUserIdentity, GoogleAppsScript.Base.User>;
  utilities: Check<FakeUtilities, GoogleAppsScript.Utilities.Utilities>;
  urlFetch: Check<FakeUrlFetchApp, GoogleAppsScript.URL_Fetch.UrlFetchApp>;
  httpResponse: Check<FakeHttpResponse, GoogleAppsScript.URL_Fetch.HTTPResponse>;
  rangeList: Check<FakeRangeList, GoogleAppsScript.Spreadsheet.RangeList>;
  metadata: Check<FakeDeveloperMetadata, GoogleAppsScript.Spreadsheet.DeveloperMetadata>;
  metadataFinder: Check<FakeDeveloperMetadataFinder, GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder>;
  metadataLocation: Check<
    FakeDeveloperMetadataLocation,
    GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation
  >;
  protection: Check<FakeProtection, GoogleAppsScript.Spreadsheet.Protection>;
} = {
  spreadsheetApp: [true, true] as Ok,
  spreadsheet: [true, true] as Ok,
  sheet: [true, true] as Ok,
  range: [true, true] as Ok,
  rule: [true, true] as Ok,
  ruleBuilder: [true, true] as Ok,
  condition: [true, true] as Ok,
  validation: [true, true] as Ok,
  validationBuilder: [true, true] as Ok,
  ui: [true, true] as Ok,
  menu: [true, true] as Ok,
  prompt: [true, true] as Ok,
  properties: [true, true] as Ok,
  propertiesService: [true, true] as Ok,
  lock: [true, true] as Ok,
  lockService: [true, true] as Ok,
  trigger: [true, true] as Ok,
  triggerBuilder: [true, true] as Ok,
  clockBuilder: [true, true] as Ok,
  scriptApp: [true, true] as Ok,
  session: [true, true] as Ok,
  logger: [true, true] as Ok,
  richText: [true, true] as Ok,
  richTextBuilder: [true, true] as Ok,
  chart: [true, true] as Ok,
  chartOptions: [true, true] as Ok,
  chartBuilder: [true, true] as Ok,
  mail: [true, true] as Ok,
  html: [true, true] as Ok,
  htmlOutput: [true, true] as Ok,
  cache: [true, true] as Ok,
  cacheService: [true, true] as Ok,
  spreadsheetTriggerBuilder: [true, true] as Ok,
  authorizationInfo: [true, true] as Ok,
  textFinder: [true, true] as Ok,
  userIdentity: [true, true] as Ok,
  utilities: [true, true] as Ok,
  urlFetch: [true, true] as Ok,
  httpResponse: [true, true] as Ok,
  rangeList: [true, true] as Ok,
  metadata: [true, true] as Ok,
  metadataFinder: [true, true] as Ok,
  metadataLocation: [true, true] as Ok,
  protection: [true, true] as Ok,
};
