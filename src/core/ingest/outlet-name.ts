import path from 'node:path';

/** The outlet of an article URL: its host without `www.` ("theguardian.com"); null for a URL that does not parse. */
export function outletFromUrl(url: string): string | null {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host || null;
  } catch {
    return null;
  }
}

/** The outlet of a plain file with no URL: its name without the extension ("reuters-2025-11-07.txt" → that stem). */
export function outletFromFile(file: string): string {
  return path.basename(file, path.extname(file));
}
