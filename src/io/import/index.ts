// Importing RVTools exports and govc JSON into a design. See importInventory.
export { importInventory } from './importInventory';
export type { ImportError, ImportOptions, ImportResult, InputFile } from './importInventory';
export { formatReport } from './formatReport';
export type { Assumption, ImportReport, ReportCounts, SkippedRow } from './report';
export type { ProgressCallback } from './progress';
export { LIMITS } from './limits';
