// `verify` without I/O: plan the probes, pick the endpoints, judge the observations, read a saved report.
export * from './plan';
export * from './endpoints';
export * from './compare';
export { parseVerifyReport } from './report';
