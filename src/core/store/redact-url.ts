/** The URL with its password replaced by `***`, safe to log and to show in errors. Never throws. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    // Not a URL: still hide anything that looks like `user:password@`.
    return url.replace(/\/\/([^/@:]*):[^/@]*@/, '//$1:***@');
  }
}
