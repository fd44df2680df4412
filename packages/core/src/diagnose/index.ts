/**
 * Sign-in log diagnosis: read Entra sign-in logs in any export format, count failures per app and code,
 * and judge each with a verdict and its evidence. Browser-safe: no node: imports anywhere here.
 */
export { Aggregator, reviveAggregator } from './aggregate.js';
export {
  ADMIN_CONSENT_REQUIRED,
  APP_MISCONFIGURATION,
  CONDITIONAL_ACCESS,
  CONSENT_MISSING,
  DECLINED_CONSENT,
  EXPECTED_INTERRUPTS,
  GRAPH_FORBIDDEN,
  MFA_PROMPTS,
  SERVICE_SIDE,
  USER_CREDENTIALS,
} from './codes.js';
export { ACCEPTED_FORMATS, detectFormat } from './detect.js';
export {
  type DiagnoseOptions,
  type DiagnoseProgress,
  Diagnosis,
  type DiagnosisPart,
  diagnose,
  type LogPiece,
  readJsonLinesPiece,
} from './diagnose.js';
export { type KqlOptions, toKql } from './kql.js';
export { fromJsonObject } from './normalize/object.js';
export { PARALLEL_BYTES, type PieceRange, planPieces, type ReadAt } from './pieces.js';
export { renderHtmlReport } from './render/html.js';
export { buildReport, codeLinks } from './report.js';
export { DIAGNOSE_RULES, type Judgement, type Rule } from './rules/index.js';
export {
  AppSummary,
  DiagnoseReport,
  FailureSummary,
  FileSummary,
  Finding,
  LogFormat,
  MalformedRow,
  SignInRecord,
  Verdict,
} from './schema.js';
export { DiagnoseInputError, type LogChunk, type LogData, type LogInput, type NamedLog } from './source.js';
export { DEFAULT_THRESHOLDS, resolveThresholds, Thresholds } from './thresholds.js';
