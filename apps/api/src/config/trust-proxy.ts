import { isIP } from 'node:net';

/** Express's `trust proxy`: off, the number of proxies in front of the API, or their addresses and subnets. */
export type TrustProxy = false | number | string[];

/** The named ranges Express (proxy-addr) knows. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const MAX_HOPS = 20;

export const TRUST_PROXY_HINT =
  'give the number of proxies in front of the API (e.g. 1) or their addresses and subnets (e.g. loopback, 10.0.0.0/8); ' +
  'trusting every proxy (true) would let any client choose its own address with X-Forwarded-For';

/**
 * Reads TRUST_PROXY. A blanket `true` is refused: behind a hop count Express takes the client address
 * that many hops from the right of X-Forwarded-For, behind a list only addresses in it are trusted,
 * so entries a client writes itself are never believed.
 */
export function parseTrustProxy(raw: string | undefined): { value: TrustProxy } | { problem: string } {
  const text = raw?.trim() ?? '';
  if (text === '' || text === 'false' || text === '0') return { value: false };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= MAX_HOPS ? { value: hops } : { problem: `at most ${MAX_HOPS} proxies; ${TRUST_PROXY_HINT}` };
  }
  const entries = text.split(',').map((entry) => entry.trim());
  const bad = entries.filter((entry) => !isProxyEntry(entry));
  if (bad.length) return { problem: `not a proxy address, subnet or named range (${bad.map((b) => JSON.stringify(b)).join(', ')}); ${TRUST_PROXY_HINT}` };
  return { value: entries };
}

function isProxyEntry(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}
