/**
 * A catalog index grown to any size from the real one, to measure the app far past today's
 * catalog. The real models stay as they are (so their detail files still load); the rest are
 * numbered variants of them, which keeps names, creators and prices realistic and makes many
 * entries match the same query, the search's worst case.
 */
interface IndexLike {
  models: readonly { id: string; name: string; aliases?: readonly string[] }[];
}

export function syntheticIndex<T extends IndexLike>(index: T, size: number): T {
  const real = index.models;
  if (real.length === 0) throw new Error('The catalog index has no models to grow from.');
  const models: T['models'][number][] = [...real];
  for (let n = 0; models.length < size; n += 1) {
    const model = real[n % real.length]!;
    const variant = Math.floor(n / real.length) + 1;
    models.push({
      ...model,
      id: `${model.id}-variant-${variant}`,
      name: `${model.name} Variant ${variant}`,
      aliases: [],
    });
  }
  return { ...index, models: models.slice(0, size) };
}
