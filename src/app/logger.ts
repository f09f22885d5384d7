import { type DestinationStream, type Logger as PinoLogger, pino } from 'pino';

export interface LoggerOptions {
  /** fatal, error, warn, info, debug, trace or silent. */
  level?: string;
  /**
   * Secret values from the configuration (tokens, signing secrets, store passwords). Any occurrence of one in any
   * logged string is replaced, whatever field or message it hides in.
   */
  secrets?: (string | null | undefined)[];
  /** Where JSON lines go (default stdout); tests pass a stream to read them back. */
  destination?: DestinationStream;
}

const REDACTED = '[redacted]';

/** Fields that hold credentials wherever they appear (pino's path redaction, one level of nesting plus headers). */
const SECRET_FIELDS = [
  'token',
  'botToken',
  'appToken',
  'accessToken',
  'signingSecret',
  'clientSecret',
  'stateSecret',
  'password',
  'secret',
  'authorization',
  'cookie',
];
const REDACT_PATHS = [
  ...SECRET_FIELDS,
  ...SECRET_FIELDS.map((field) => `*.${field}`),
  'headers.authorization',
  'headers.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  '*.headers.authorization',
  '*.headers.Authorization',
];

/**
 * Shapes of credentials that can appear inside free text (error messages, URLs, stack traces):
 * Slack tokens, Discord bot tokens, Authorization header values and passwords in URLs.
 */
const SECRET_PATTERNS: [RegExp, string][] = [
  [/\bxox[abposr]-[A-Za-z0-9-]+/g, REDACTED],
  [/\bxapp-[A-Za-z0-9-]+/g, REDACTED],
  [/\b[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}\b/g, REDACTED],
  [/\b(Bearer|Bot|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${REDACTED}`],
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*:)[^@/?#\s]+@/gi, `$1${REDACTED}@`],
];

/** Structured JSON logs (pino) that never carry a secret. The returned logger satisfies the core's `Logger` port. */
export function createLogger(options: LoggerOptions = {}): PinoLogger {
  const scrub = secretScrubber(options.secrets ?? []);
  const logger = pino(
    {
      level: options.level ?? 'info',
      base: { pid: process.pid },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      formatters: {
        // Runs on every merged object (errors already serialised), so secrets inside any string are caught.
        log: (object) => scrubValue(object, scrub) as Record<string, unknown>,
        bindings: (bindings) => scrubValue(bindings, scrub) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) => (typeof arg === 'string' ? scrub(arg) : arg)) as Parameters<typeof method>,
          );
        },
      },
    },
    // Synchronous by default: pino's asynchronous stdout lets a line still being written at process.exit land
    // after (or instead of) the lines logged later, so the one that explains an exit could be lost or out of order.
    // newsbot logs per command and per post, far below where synchronous writes cost anything measurable.
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
  // pino drops the bindings formatter for child loggers, so scrub child bindings here. Children inherit from this
  // logger, so grandchildren come through the same function with `this` set to their parent.
  const pinoChild = logger.child;
  logger.child = function scrubbedChild(this: PinoLogger, bindings, childOptions) {
    return pinoChild.call(this, scrubValue(bindings, scrub) as typeof bindings, childOptions);
  } as typeof logger.child;
  return logger;
}

function secretScrubber(secrets: (string | null | undefined)[]): (text: string) => string {
  // Short values ("1", "true") would blank out ordinary words; real credentials are long.
  const known = secrets.filter((secret): secret is string => typeof secret === 'string' && secret.length >= 6);
  return (text) => {
    let out = text;
    for (const secret of known) out = out.split(secret).join(REDACTED);
    for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
    return out;
  };
}

function scrubValue(value: unknown, scrub: (text: string) => string, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  // An Error's message and stack are not enumerable: serialise it first so they are scrubbed too.
  if (value instanceof Error) return scrubValue(pino.stdSerializers.err(value), scrub, depth + 1);
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, scrub, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = scrubValue(item, scrub, depth + 1);
  return out;
}
