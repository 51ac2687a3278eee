/** A configuration problem the operator must fix; printed as one line, never as a stack trace. */
export class ConfigError extends Error {}
