/**
 * The user's say over which provider routes may set a model's cost: providers left out, providers
 * pinned, the lab's own routes only, and a region. The engine applies it (CostOptions.providers),
 * so the headline, the tables, the charts and the exports all follow the same choice.
 */
import { isCustomRoute } from '../custom/merge';
import type { Route } from '../types';

/** Areas a route's stated region falls in; the catalog's regions are cloud region names or areas. */
export const REGION_AREAS = {
  us: 'United States',
  eu: 'Europe',
  apac: 'Asia-Pacific',
  ca: 'Canada',
  sa: 'South America',
  global: 'Global routing',
} as const;
export type RegionArea = keyof typeof REGION_AREAS;

export const isRegionArea = (value: string): value is RegionArea => Object.hasOwn(REGION_AREAS, value);

const AREA_OF_PREFIX: Readonly<Record<string, RegionArea>> = {
  us: 'us',
  eu: 'eu',
  ap: 'apac',
  apac: 'apac',
  jp: 'apac',
  au: 'apac',
  ca: 'ca',
  sa: 'sa',
  global: 'global',
};

/** The area of a route's region ("eu-central-1" is in Europe), or undefined when none is stated or known. */
export function regionArea(region: string | undefined): RegionArea | undefined {
  if (region === undefined) return undefined;
  return AREA_OF_PREFIX[region.toLowerCase().split('-')[0] ?? ''];
}

export interface ProviderChoice {
  /** Provider ids whose routes never set a model's cost. */
  excluded: readonly string[];
  /** Provider ids whose routes set a model's cost wherever the model has one that counts. */
  pinned: readonly string[];
  /** Only the model's own lab's routes (its own services under another id included) count. */
  firstPartyOnly: boolean;
  /** Only routes stated to be served in this area count. */
  region?: RegionArea;
}

export const NO_PROVIDER_CHOICE: ProviderChoice = { excluded: [], pinned: [], firstPartyOnly: false };

/** Whether the choice changes anything at all. */
export const hasProviderChoice = (choice: ProviderChoice | undefined): boolean =>
  choice !== undefined &&
  (choice.excluded.length > 0 || choice.pinned.length > 0 || choice.firstPartyOnly || choice.region !== undefined);

/**
 * Why the choice leaves a route out of a model's cost, or undefined when it may count. A pin does
 * not leave routes out here: it only narrows the routes that count (see pinnedRoutes). The user's
 * own routes are their own word, so only excluding them by name leaves them out.
 */
export function leftOutReason(
  route: Route,
  choice: ProviderChoice | undefined,
  isLabRoute: (route: Route) => boolean,
): string | undefined {
  if (!choice) return undefined;
  if (choice.excluded.includes(route.providerId)) return 'Provider excluded by you.';
  if (isCustomRoute(route)) return undefined;
  if (choice.firstPartyOnly && !isLabRoute(route)) return 'Not the lab’s own route (first-party routes only).';
  if (choice.region !== undefined && regionArea(route.region) !== choice.region)
    return route.region === undefined
      ? `No region stated; only ${REGION_AREAS[choice.region]} routes count.`
      : `Served in ${route.region}; only ${REGION_AREAS[choice.region]} routes count.`;
  return undefined;
}

/** Whether the route is on a pinned provider. */
export const isPinned = (route: Route, choice: ProviderChoice | undefined): boolean =>
  choice?.pinned.includes(route.providerId) ?? false;

/** The parts of a choice in words, for the reason a model has no cost under it. */
export function choiceParts(choice: ProviderChoice): string[] {
  const parts: string[] = [];
  if (choice.excluded.length > 0)
    parts.push(choice.excluded.length === 1 ? '1 provider excluded' : `${choice.excluded.length} providers excluded`);
  if (choice.firstPartyOnly) parts.push('first-party routes only');
  if (choice.region !== undefined) parts.push(`${REGION_AREAS[choice.region]} routes only`);
  return parts;
}

/** The whole choice in words, pins included, for the note beside the costs. */
export function choiceSummary(choice: ProviderChoice): string {
  const parts = choiceParts(choice);
  if (choice.pinned.length > 0)
    parts.push(choice.pinned.length === 1 ? '1 provider pinned' : `${choice.pinned.length} providers pinned`);
  return parts.join(', ');
}

/** The reason a model whose every priced route the choice leaves out has no cost, with the way back. */
export function choiceUnavailableReason(choice: ProviderChoice): string {
  const undo: string[] = [];
  if (choice.excluded.length > 0) undo.push('include an excluded provider again');
  if (choice.firstPartyOnly) undo.push('turn off “First-party routes only”');
  if (choice.region !== undefined) undo.push('set the region to “Any region”');
  return (
    `Your provider choice leaves out every priced route of this model (${choiceParts(choice).join(', ')}). ` +
    `To undo it, ${undo.join(', or ')} under Provider routes, or reset the provider choice there.`
  );
}

/** The choice with a provider excluded (and no longer pinned), or included again. */
export function withExcluded(choice: ProviderChoice, providerId: string, excluded: boolean): ProviderChoice {
  const rest = choice.excluded.filter((id) => id !== providerId);
  return {
    ...choice,
    excluded: excluded ? [...rest, providerId] : rest,
    pinned: excluded ? choice.pinned.filter((id) => id !== providerId) : choice.pinned,
  };
}

/** The choice with a provider pinned (and no longer excluded), or unpinned. */
export function withPinned(choice: ProviderChoice, providerId: string, pinned: boolean): ProviderChoice {
  const rest = choice.pinned.filter((id) => id !== providerId);
  return {
    ...choice,
    pinned: pinned ? [...rest, providerId] : rest,
    excluded: pinned ? choice.excluded.filter((id) => id !== providerId) : choice.excluded,
  };
}
