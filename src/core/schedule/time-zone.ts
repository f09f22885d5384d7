import { UserFacingError } from '../user-facing-error.ts';

/**
 * Checks an IANA time zone name against the runtime's time zone database (ICU) and returns its canonical spelling
 * (`europe/madrid` → `Europe/Madrid`), or throws one clear line. Offsets like `+02:00` are refused on purpose: they
 * ignore daylight saving, which is exactly what a daily digest must follow.
 */
export function validateTimeZone(name: string): string {
  const trimmed = name.trim();
  if (/^[+-]\d/.test(trimmed) || trimmed === '') {
    throw new UserFacingError(`“${name}” is not a time zone name; use an IANA name such as Europe/Madrid or UTC.`);
  }
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    throw new UserFacingError(
      `Unknown time zone “${name}”; use an IANA name such as Europe/Madrid, America/New_York or UTC.`,
    );
  }
}
