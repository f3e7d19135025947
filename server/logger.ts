// The server's one structured logger (pino, JSON lines). Secrets are redacted by path as a second line of defence:
// the request log never serialises headers in the first place, and nothing should ever log the config whole.
import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type { Logger } from 'pino';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Paths pino replaces with "[redacted]" wherever they appear in a logged object. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["proxy-authorization"]',
  'headers.authorization',
  'authorization',
  'password',
  '*.password',
  'NEO4J_PASSWORD',
  '*.NEO4J_PASSWORD',
  'INGEST_TOKEN',
  '*.INGEST_TOKEN',
  'connection.password',
  'token',
  '*.token',
];

export function loggerOptions(level: LogLevel): LoggerOptions {
  return {
    level,
    base: { app: 'newsgraph' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
}

/** destination: where lines go (stdout when absent); tests pass a stream to read what was logged. */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return destination ? pino(loggerOptions(level), destination) : pino(loggerOptions(level));
}
