// The only module that talks to the generated Wails bindings. Everything else imports
// from here, so the rest of the frontend sees typed results and typed errors only.
import * as Catalog from '../wailsjs/go/app/CatalogService';
import * as Connections from '../wailsjs/go/app/ConnectionsService';
import * as Customers from '../wailsjs/go/app/CustomersService';
import * as Dashboard from '../wailsjs/go/app/DashboardService';
import * as Overview from '../wailsjs/go/app/OverviewService';
import * as Products from '../wailsjs/go/app/ProductsService';
import * as Schedule from '../wailsjs/go/app/ScheduleService';
import * as Recovery from '../wailsjs/go/app/RecoveryService';
import * as Settings from '../wailsjs/go/app/SettingsService';
import * as Transfer from '../wailsjs/go/app/TransferService';
import * as UsageSync from '../wailsjs/go/app/UsageSyncService';
import * as Window from '../wailsjs/go/app/WindowService';
import type { app, customers, dashboard, syncsettings, usagesync } from '../wailsjs/go/models';
import { EventsOn } from '../wailsjs/runtime/runtime';

export type AppInfo = app.AppInfo;
export type Preferences = app.Preferences;
export type OverviewData = app.Overview;
export type ProductCounts = app.ProductCounts;
/** Plain data: the generated classes' convertValues helper is not part of the payload. */
export type CatalogMatch = Omit<app.CatalogMatch, 'convertValues'>;
/** One typeahead answer: up to 20 matches and whether more match. */
export interface CatalogMatches {
  matches: CatalogMatch[];
  hasMore: boolean;
}
export type NearDuplicate = app.NearDuplicate;
export type CatalogItemDetails = app.CatalogItemDetails;
export type CatalogStatus = app.CatalogStatus;
export type CatalogProgress = app.CatalogProgress;
export type ProductRow = app.ProductRow;
export type ProductSuggestion = app.ProductSuggestion;
export type ProductDraft = app.ProductDraft;
export type ProductFormOptions = app.ProductFormOptions;
/** Plain data: the generated classes' convertValues helper is not part of the payload. */
export type ProductChange = Omit<app.ProductChange, 'convertValues'>;
export type FormOption = app.Option;
export type ConnectionsState = app.Connections;
export type ConnectWiseForm = app.ConnectWiseForm;
export type SophosForm = app.SophosForm;
export type ConnectWiseTest = app.ConnectWiseTest;
export type SophosTest = app.SophosTest;
/** The usage sync settings (syncsettings.Settings; the values are the Go constants of package schedule). */
export interface SyncSettings {
  schedule: {
    frequency: 'monthly-invoice' | 'monthly' | 'daily' | 'off';
    dayOfMonth: number;
    hour: number;
    minute: number;
    effectiveDate: 'first-of-billing-month' | 'run-day';
    billedMonth: 'current' | 'previous';
  };
  quantityField: 'billable' | 'actual';
}
export type ScheduleOutlook = Omit<app.ScheduleOutlook, 'convertValues'>;
export type SyncSettingsState = Omit<app.SyncSettingsState, 'settings' | 'outlook' | 'convertValues'> & {
  settings: SyncSettings;
  outlook: ScheduleOutlook;
};
export type ScheduleStatus = Omit<app.ScheduleStatus, 'convertValues'>;
/** What the window imports and exports. */
export type TransferKind = 'products' | 'customers';
export type TransferFormat = 'xlsx' | 'csv';
export type ImportResult = Omit<app.ImportResult, 'convertValues'>;
export type ImportIssue = ImportResult['errors'][number];
export type ProductImportChange = app.ProductImportChange;
/** Plain data: the generated classes' convertValues helper is not part of the payload. */
export type CustomerImportChange = Omit<app.CustomerImportChange, 'convertValues'>;
export type SyncLine = app.SyncLine;
export type CustomersOverview = customers.Overview;
/** Plain data: the generated classes' convertValues helper is not part of the payload. */
export type CustomerRow = Omit<customers.Row, 'convertValues' | 'suggestion'> & {
  suggestion: Omit<customers.SuggestionResult, 'convertValues'>;
};
export type CustomerCounts = customers.Counts;
export type CompanyMatch = customers.CompanyMatch;
export type AgreementOption = customers.AgreementOption;
export type CustomerChange = customers.Change;
/** Plain data: the generated classes' convertValues helper is not part of the payload. */
export type CustomersRefreshState = Omit<app.CustomersRefreshState, 'convertValues' | 'failures'> & {
  failures: { part: string; error?: { code: ErrorCode; message: string; reason?: string } }[];
};
export type Landing = dashboard.Landing;
export type CustomerDetail = dashboard.Customer;
export type ProductSeries = dashboard.ProductSeries;
export type MonthSplit = dashboard.MonthSplit;
export type DashboardProblem = dashboard.Problem;
export type UnbilledClassification = Omit<usagesync.Classification, 'convertValues'>;
export type SyncMonths = app.SyncMonths;
export type SyncPreview = app.SyncPreview;
export type SyncRow = app.SyncRow;
export type SyncCandidate = app.SyncCandidate;
export type SyncProductTotal = app.SyncProductTotal;
export type SyncUnassigned = app.SyncUnassigned;
export type SyncProgress = app.SyncProgress;
export type SyncResult = app.SyncResult;
export type SyncStatus = app.SyncStatus;
export type SyncRun = app.SyncRun;
export type WriteEntry = app.WriteEntry;
/** Plain data: the generated classes' convertValues helper is not part of the payload. */
export type WriteFilter = Omit<app.WriteFilter, 'convertValues'>;
export type StartupProblem = Omit<app.StartupProblem, 'convertValues'>;
/** Secrets RemoveSecret accepts (app/connections.go). */
export type SecretId = 'connectWise.publicKey' | 'connectWise.privateKey' | 'sophos.clientSecret';

/** Payload of the "catalog:finished" event. */
export interface CatalogRefreshOutcome {
  full: boolean;
  written: number;
  deleted: number;
  total: number;
  error?: { code: ErrorCode; message: string };
}

/** Error codes set by the Go side (the Code constants of app/errors.go; goConstants.test.ts checks). */
export const errorCodes = [
  'invalid',
  'not_found',
  'conflict',
  'unauthorized',
  'forbidden',
  'upstream',
  'offline',
  'canceled',
  'keychain',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

const knownCodes: ReadonlySet<string> = new Set<string>(errorCodes);

/** A failed backend call: a code to decide how to show it, a message, maybe the field at fault. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  /** The record at fault, e.g. a Sophos product code. */
  readonly record: string | undefined;
  /** For a taken identifier: the ConnectWise product that has it (offer to map it). */
  readonly existingItem: CatalogMatch | undefined;
  /** The rule broken, within code, for words in the user's language (e.g. "sync_needs_mapping"). */
  readonly reason: string | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    field?: string,
    record?: string,
    existingItem?: CatalogMatch,
    reason?: string,
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
    this.record = record;
    this.existingItem = existingItem;
    this.reason = reason;
  }
}

/**
 * Turns whatever a rejected binding call produced into an AppError. The Go ErrorFormatter
 * sends a JSON string, which the Wails runtime wraps in an Error; a binding missing at run
 * time, a timeout or a dropped connection arrive as plain Errors or strings.
 */
export function toAppError(reason: unknown): AppError {
  if (reason instanceof AppError) return reason;
  const text = reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : JSON.stringify(reason);
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && 'code' in parsed && 'message' in parsed) {
      const { code, message, field, record, existingItem, reason } = parsed as {
        code: unknown;
        message: unknown;
        field?: unknown;
        record?: unknown;
        existingItem?: unknown;
        reason?: unknown;
      };
      if (typeof code === 'string' && knownCodes.has(code) && typeof message === 'string') {
        return new AppError(
          code as ErrorCode,
          message,
          typeof field === 'string' ? field : undefined,
          typeof record === 'string' ? record : undefined,
          existingItem && typeof existingItem === 'object' ? (existingItem as CatalogMatch) : undefined,
          typeof reason === 'string' ? reason : undefined,
        );
      }
    }
  } catch {
    // not JSON: fall through
  }
  return new AppError('internal', text || 'Unknown error');
}

async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (reason) {
    throw toAppError(reason);
  }
}

export const api = {
  appInfo: () => call(() => Settings.AppInfo()),
  preferences: () => call(() => Settings.Preferences()),
  setLanguage: (language: '' | 'de' | 'en') => call(() => Settings.SetLanguage(language)),
  setTheme: (theme: Theme) => call(() => Settings.SetTheme(theme)),
  layoutProbe: () => call(() => Settings.LayoutProbe()),
  reportLayout: (report: app.LayoutReport) => call(() => Settings.ReportLayout(report)),
  overview: () => call(() => Overview.Overview()),
  dashboardLanding: () => call(() => Dashboard.Landing()),
  dashboardCustomer: (tenantId: string) => call(() => Dashboard.Customer(tenantId)),
  catalogSearch: (text: string, includeInactive: boolean) =>
    call(async (): Promise<CatalogMatches> => await Catalog.Find(text, includeInactive)),
  catalogItem: (id: number) => call(() => Catalog.Item(id)),
  catalogStatus: () => call(() => Catalog.Status()),
  catalogRefresh: (full: boolean) => call(() => Catalog.Refresh(full)),
  catalogCancelRefresh: () => call(() => Catalog.CancelRefresh()),
  products: () => call(() => Products.Products()),
  productSuggestions: () => call(() => Products.Suggestions()),
  productFormOptions: () => call(() => Products.FormOptions()),
  productDraftFor: (productKey: string) => call(() => Products.DraftFor(productKey)),
  productEditDraft: (itemId: number) => call(() => Products.EditDraft(itemId)),
  productCheckDraft: (productKey: string, draft: ProductDraft) => call(() => Products.CheckDraft(productKey, draft)),
  /** Catalog products one letter from the draft's identifier or description (warn before creating). */
  productNearDuplicates: (draft: ProductDraft) => call(async () => (await Products.NearDuplicates(draft)) ?? []),
  /** Keeps a mapping whose ConnectWise product was renamed: no longer flagged. */
  productAcknowledgeRename: (productKey: string) => call(() => Products.AcknowledgeRename(productKey)),
  productsSave: (changes: ProductChange[]) => call(() => Products.Save(changes as app.ProductChange[])),
  updateCatalogItem: (itemId: number, draft: ProductDraft) => call(() => Products.UpdateCatalogItem(itemId, draft)),
  customers: () => call(() => Customers.Overview()),
  customerCompanySearch: (text: string, includeInactive: boolean) =>
    call(() => Customers.SearchCompanies(text, includeInactive)),
  customerAgreements: (companyId: number) => call(() => Customers.Agreements(companyId)),
  customersSave: (changes: CustomerChange[]) => call(() => Customers.Save(changes)),
  customersRefresh: () => call(() => Customers.Refresh()),
  customersRefreshState: () => call(() => Customers.RefreshState() as Promise<CustomersRefreshState>),
  connections: () => call(() => Connections.State()),
  saveConnectWise: (form: ConnectWiseForm) => call(() => Connections.SaveConnectWise(form)),
  saveSophos: (form: SophosForm) => call(() => Connections.SaveSophos(form)),
  removeSecret: (secret: SecretId) => call(() => Connections.RemoveSecret(secret)),
  testConnectWise: (form: ConnectWiseForm) => call(() => Connections.TestConnectWise(form)),
  testSophos: (form: SophosForm) => call(() => Connections.TestSophos(form)),
  syncSettings: () => call(() => Schedule.SyncSettings() as Promise<SyncSettingsState>),
  syncOutlook: (s: SyncSettings) => call(() => Schedule.Outlook(s as syncsettings.Settings)),
  saveSyncSettings: (s: SyncSettings) =>
    call(() => Schedule.SaveSyncSettings(s as syncsettings.Settings) as Promise<SyncSettingsState>),
  scheduleStatus: () => call(() => Schedule.Status()),
  markScheduledRunSeen: (runId: number) => call(() => Schedule.MarkScheduledRunSeen(runId)),
  /** Native save dialog, then the export; resolves to the path written, '' when cancelled. */
  exportMappings: (kind: TransferKind, format: TransferFormat) => call(() => Transfer.Export(kind, format)),
  /** Native open dialog, then the check; nothing is written (the page stages the changes). */
  importMappings: (kind: TransferKind) => call(() => Transfer.Import(kind)),
  /** Native save dialog for a sync preview or a past run; resolves to the path, '' when cancelled. */
  exportSyncLines: (title: string, format: TransferFormat, lines: SyncLine[]) =>
    call(() => Transfer.ExportSyncLines(title, format, lines)),
  /** Opens demo data (true) or the real accounts (false); the caller reloads the app. */
  switchMode: (demo: boolean) => call(() => Connections.SwitchMode(demo)),
  /** Starts demo data over: demo database and ConnectWise sandbox together; the caller reloads. */
  resetDemo: () => call(() => Settings.ResetDemo()),
  syncMonths: () => call(() => UsageSync.Months()),
  /** Brings every cache the preview reads up to date (catalog, customers, tenants, usage); waits. */
  syncRefreshData: () => call(() => UsageSync.RefreshData()),
  syncPreview: (month: string) => call(() => UsageSync.Preview(month)),
  /** Starts the push of a preview; progress and the result come as events. */
  syncApply: (previewId: string) => call(() => UsageSync.Apply(previewId)),
  syncCancel: () => call(() => UsageSync.Cancel()),
  syncStatus: () => call(() => UsageSync.Status()),
  syncChooseAddition: (previewId: string, agreementId: number, catalogItemId: number, additionId: number) =>
    call(() => UsageSync.ChooseAddition(previewId, agreementId, catalogItemId, additionId)),
  syncConfirmRecreate: (previewId: string, agreementId: number, catalogItemId: number) =>
    call(() => UsageSync.ConfirmRecreate(previewId, agreementId, catalogItemId)),
  syncRuns: () => call(() => UsageSync.Runs()),
  /** The newest run, null before the first. */
  syncLastRun: () => call(async () => (await UsageSync.LastRun()) ?? null),
  writeHistory: (filter: WriteFilter) => call(() => UsageSync.Writes(filter as app.WriteFilter)),
  /** Why the database did not open (the recovery window), or null on a normal start. */
  startupProblem: () => call(async (): Promise<StartupProblem | null> => (await Recovery.Problem()) ?? null),
  recoveryOpenBackup: (path: string) => call(() => Recovery.OpenBackup(path)),
  recoveryRestart: () => call(() => Recovery.Restart()),
  recoveryQuit: () => call(() => Recovery.Quit()),
  /** How many staged changes closing the window would lose (0: close without asking). */
  windowSetUnsaved: (count: number) => call(() => Window.SetUnsavedChanges(count)),
  /** Closes the window without asking again: the user decided about the staged changes. */
  windowClose: () => call(() => Window.Close()),
};

/** Names of the backend's events (the Event constants of package app; goConstants.test.ts checks). */
export const eventNames = {
  catalogProgress: 'catalog:progress',
  catalogFinished: 'catalog:finished',
  productsUpdated: 'products:updated',
  customersUpdated: 'customers:updated',
  dashboardUpdated: 'dashboard:updated',
  syncProgress: 'usagesync:progress',
  syncFinished: 'usagesync:finished',
  closeRequested: 'window:closeRequested',
} as const;

/** Backend events. Each returns an unsubscribe function. */
export const events = {
  onCatalogProgress: (cb: (p: CatalogProgress) => void): (() => void) => EventsOn(eventNames.catalogProgress, cb),
  onCatalogFinished: (cb: (o: CatalogRefreshOutcome) => void): (() => void) => EventsOn(eventNames.catalogFinished, cb),
  onProductsUpdated: (cb: () => void): (() => void) => EventsOn(eventNames.productsUpdated, cb),
  onCustomersUpdated: (cb: () => void): (() => void) => EventsOn(eventNames.customersUpdated, cb),
  onDashboardUpdated: (cb: () => void): (() => void) => EventsOn(eventNames.dashboardUpdated, cb),
  onSyncProgress: (cb: (p: SyncProgress) => void): (() => void) => EventsOn(eventNames.syncProgress, cb),
  onSyncFinished: (cb: (r: SyncResult) => void): (() => void) => EventsOn(eventNames.syncFinished, cb),
  /** The user tried to close the window while changes are staged (the count). */
  onCloseRequested: (cb: (unsaved: number) => void): (() => void) => EventsOn(eventNames.closeRequested, cb),
};

export type Theme = 'system' | 'light' | 'dark';
