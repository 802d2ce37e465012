/** The provider choice part of a link: excluded and pinned providers, first-party only, region. */
import { NO_PROVIDER_CHOICE, REGION_AREAS, isRegionArea, type ProviderChoice } from '../cost/provider-choice';
import { KEY } from './keys';
import { quote, quoteList } from './text';

export function writeProviders(choice: ProviderChoice): [string, string][] {
  const pairs: [string, string][] = [];
  if (choice.excluded.length > 0) pairs.push([KEY.excluded, choice.excluded.join(',')]);
  if (choice.pinned.length > 0) pairs.push([KEY.pinned, choice.pinned.join(',')]);
  if (choice.firstPartyOnly) pairs.push([KEY.firstParty, '1']);
  if (choice.region !== undefined) pairs.push([KEY.region, choice.region]);
  return pairs;
}

/** Known provider ids from a comma-separated list, each once; the rest reported. */
function readIds(
  raw: string | undefined,
  what: string,
  isKnownProvider: (id: string) => boolean,
  ignored: string[],
): string[] {
  if (raw === undefined) return [];
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const id of raw.split(',').filter((item) => item !== '')) {
    if (!isKnownProvider(id)) unknown.push(id);
    else if (!ids.includes(id)) ids.push(id);
  }
  if (unknown.length > 0)
    ignored.push(
      `${unknown.length === 1 ? 'Unknown provider' : 'Unknown providers'} ${quoteList(unknown.slice(0, 3))}${unknown.length > 3 ? ` and ${unknown.length - 3} more` : ''} not ${what}; ignored.`,
    );
  return ids;
}

/** The provider choice a link's values describe; each unusable value is left out with a message. */
export function readProviders(
  get: (key: string) => string | undefined,
  isKnownProvider: (id: string) => boolean,
): { providers: ProviderChoice; ignored: string[] } {
  const ignored: string[] = [];
  const excluded = readIds(get(KEY.excluded), 'excluded', isKnownProvider, ignored);
  const pinnedIds = readIds(get(KEY.pinned), 'pinned', isKnownProvider, ignored);
  // A provider cannot be both: leaving it out is the safer reading of a contradictory link.
  const both = pinnedIds.filter((id) => excluded.includes(id));
  if (both.length > 0) ignored.push(`${quoteList(both.slice(0, 3))} both excluded and pinned; kept excluded.`);
  const pinned = pinnedIds.filter((id) => !excluded.includes(id));

  let firstPartyOnly = NO_PROVIDER_CHOICE.firstPartyOnly;
  const rawFirstParty = get(KEY.firstParty);
  if (rawFirstParty === '1' || rawFirstParty === '0') firstPartyOnly = rawFirstParty === '1';
  else if (rawFirstParty !== undefined)
    ignored.push(`“First-party routes only” must be 0 or 1, not ${quote(rawFirstParty)}; left off.`);

  const rawRegion = get(KEY.region);
  const region = rawRegion !== undefined && isRegionArea(rawRegion) ? rawRegion : undefined;
  if (rawRegion !== undefined && region === undefined)
    ignored.push(
      `Region ${quote(rawRegion)} is not one of ${Object.keys(REGION_AREAS).join(', ')}; routes in any region count.`,
    );

  return {
    providers: { excluded, pinned, firstPartyOnly, ...(region !== undefined ? { region } : {}) },
    ignored,
  };
}
