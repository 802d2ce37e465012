import { describe, expect, it } from 'vitest';
import { alternativesText, capitalize, cappedListText, inSentence, listText } from '../views/prose';
import { exactTokensText, parametersText, pointsText, tokensText, usdPerMillionText } from './quantity-text';

describe('quantity texts', () => {
  it.each([
    [1047576, '1.05M'],
    [262144, '262K'],
    [256000, '256K'],
    [128000, '128K'],
    [999, '999'],
  ])('tokensText(%d) = %s', (n, expected) => expect(tokensText(n)).toBe(expected));

  it.each([
    [1e12, '1T'],
    [32e9, '32B'],
    [4e9, '4B'],
    [1.5e9, '1.5B'],
  ])('parametersText(%d) = %s', (n, expected) => expect(parametersText(n)).toBe(expected));

  it.each([
    [2.7, '2.7'],
    [2.6999999, '2.7'],
    [81.8, '81.8'],
    [80, '80'],
  ])('pointsText(%d) = %s', (n, expected) => expect(pointsText(n)).toBe(expected));

  it.each([
    [2, '$2'],
    [0.44, '$0.44'],
    [0.004, '$0.004'],
    [0, '$0'],
    [0.5, '$0.50'],
  ])('usdPerMillionText(%d) = %s', (n, expected) => expect(usdPerMillionText(n)).toBe(expected));

  it('writes exact token counts with grouping', () => expect(exactTokensText(262144)).toBe('262,144'));
});

describe('prose', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('listText(%j) = %s', (items, expected) => expect(listText(items)).toBe(expected));

  it('joins alternatives with "or"', () => expect(alternativesText(['a', 'b', 'c'])).toBe('a, b or c'));
  it.each([
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c', 'd'], 'a, b and 2 more'],
  ])('cappedListText(%j, 2) = %s', (items, expected) => expect(cappedListText(items, 2)).toBe(expected));

  it.each([
    ['Batch API', 'batch API'],
    ['Function calling', 'function calling'],
    ['RAG', 'RAG'],
  ])('inSentence(%s) = %s', (label, expected) => expect(inSentence(label)).toBe(expected));

  it('capitalizes the first letter only', () => expect(capitalize('coding and RAG')).toBe('Coding and RAG'));
});
