/** The traffic part of a link: one key per field, each held to the field's bounds. */
import { DEFAULT_TRAFFIC, TRAFFIC_FIELDS, TRAFFIC_RULES, type TrafficProfile } from '../traffic/profile';
import { TRAFFIC_KEY } from './keys';
import { plainNumber, readLinkNumber, writeLinkNumber } from './number';
import { quote } from './text';

/** Key-value pairs of the fields that differ from the default traffic. */
export function writeTraffic(traffic: TrafficProfile): [string, string][] {
  return TRAFFIC_FIELDS.filter((field) => traffic[field] !== DEFAULT_TRAFFIC[field]).map((field) => [
    TRAFFIC_KEY[field],
    writeLinkNumber(traffic[field]),
  ]);
}

/**
 * The profile a link's values describe. A missing, unreadable or out-of-range value gives the
 * field's default, with a message; so does a cache-write share that with the cached share
 * would exceed all input tokens (the cost engine would otherwise cut it silently).
 */
export function readTraffic(get: (key: string) => string | undefined): { traffic: TrafficProfile; ignored: string[] } {
  const traffic = { ...DEFAULT_TRAFFIC };
  const ignored: string[] = [];
  for (const field of TRAFFIC_FIELDS) {
    const raw = get(TRAFFIC_KEY[field]);
    if (raw === undefined) continue;
    const rule = TRAFFIC_RULES[field];
    const value = readLinkNumber(raw);
    const fallback = `using ${plainNumber(DEFAULT_TRAFFIC[field])}`;
    if (Number.isNaN(value)) ignored.push(`${rule.label} ${quote(raw)} is not a number; ${fallback}.`);
    else if (!(value >= 0 && value <= rule.max))
      ignored.push(`${rule.label} ${quote(raw)} is out of range; ${fallback}.`);
    else traffic[field] = value;
  }
  if (traffic.cachedShare + traffic.cacheWriteShare > 1 + 1e-12) {
    ignored.push(
      `Cached share and cache-write share add up to more than 1; using ${plainNumber(DEFAULT_TRAFFIC.cacheWriteShare)} for the cache-write share.`,
    );
    traffic.cacheWriteShare = DEFAULT_TRAFFIC.cacheWriteShare;
  }
  return { traffic, ignored };
}
