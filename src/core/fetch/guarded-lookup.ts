import dns from 'node:dns';
import type { LookupFunction } from 'node:net';

/** Raised from inside DNS lookup when every address of a host is private; the fetcher turns it into a FetchError. */
export class BlockedAddressError extends Error {
  constructor(
    readonly hostname: string,
    readonly address: string,
  ) {
    super(`${hostname} resolves to ${address}, a private or local address`);
    this.name = 'BlockedAddressError';
  }
}

/**
 * A `lookup` for the sockets the fetcher opens. Checking addresses here, in the connection's own DNS step, pins the
 * checked address to the connection: a DNS answer that changes between a check and the connect (rebinding) cannot
 * slip a private address through, on the first request or on any redirect.
 */
export function guardedLookup(isAllowedAddress: (address: string) => boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { family: options.family, hints: options.hints, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const allowed = addresses.filter((entry) => isAllowedAddress(entry.address));
      const first = allowed[0];
      if (!first) {
        const refused = new BlockedAddressError(hostname, addresses[0]?.address ?? 'no address');
        return callback(refused as NodeJS.ErrnoException, '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, allowed);
      return callback(null, first.address, first.family);
    });
  };
}
