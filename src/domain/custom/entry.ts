/**
 * The user's own prices and models: a negotiated price for a catalog model (a custom route) or a
 * model the catalog lacks (a custom model with its routes). They live in the comparison state,
 * so they are saved, shared in links and exported like everything else, and are marked as
 * custom wherever shown.
 */
import type { PriceSet } from '../types';

export interface CustomRoute {
  /** Unique among custom routes, e.g. "c1". */
  id: string;
  /** Catalog model id or custom model id the route serves. */
  modelId: string;
  providerName: string;
  /** Per 1M tokens in `currency`. */
  prices: PriceSet;
  currency: string;
  note?: string;
  /** Date the user entered or last edited the price (YYYY-MM-DD): the route's "checked" date. */
  added?: string;
}

export interface CustomModel {
  /** Starts with "custom-" so it can never collide with a catalog id. */
  id: string;
  name: string;
  contextWindow?: number;
}

export interface CustomEntries {
  routes: CustomRoute[];
  models: CustomModel[];
}

export const NO_CUSTOM_ENTRIES: CustomEntries = { routes: [], models: [] };

export const CUSTOM_MODEL_PREFIX = 'custom-';
export const isCustomModelId = (id: string): boolean => id.startsWith(CUSTOM_MODEL_PREFIX);
/** Provider id given to custom routes, so they never collide with catalog providers. */
export const CUSTOM_PROVIDER_ID = 'custom';
export const CUSTOM_SOURCE_ID = 'custom';
