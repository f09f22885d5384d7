import ipaddr from 'ipaddr.js';

/**
 * True only for globally routable unicast addresses. Everything else — loopback, RFC 1918 private, link-local (cloud
 * metadata at 169.254.169.254), carrier-grade NAT, unique-local and IPv4-mapped/embedding IPv6 forms, multicast,
 * reserved — is refused, because a feed URL is user input and must not reach the bot's own network.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // process() turns ::ffff:127.0.0.1 into 127.0.0.1 so the IPv4 rules apply to it.
  return ipaddr.process(address).range() === 'unicast';
}
