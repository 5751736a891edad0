import { describe, expect, it } from 'vitest';
import { findAmounts, findPrices, parseChineseNumber, parseFold } from '../../src/live/numbers.js';

describe('parseChineseNumber', () => {
  it.each([
    ['三百九十九', 399], ['一百二十九', 129], ['九十九', 99], ['十五', 15], ['十', 10], ['一千二百八十', 1280],
    ['两百九', 290], ['一万二', 12000], ['三千五', 3500], ['一百零五', 105], ['一万零五百', 10500], ['两万', 20000],
    ['五万', 50000], ['一二九', 129], ['九点九', 9.9], ['399', 399], ['9.9', 9.9], ['3百9十9', 399], ['壹佰', 100],
  ])('%s → %d', (s, n) => expect(parseChineseNumber(s)).toBe(n));
  it('rejects non-numbers', () => {
    expect(parseChineseNumber('链接')).toBeNaN();
    expect(parseChineseNumber('')).toBeNaN();
  });
});

describe('parseFold', () => {
  it.each([['三', 0.3], ['七五', 0.75], ['7.5', 0.75], ['八八', 0.88], ['九', 0.9], ['5', 0.5]])('%s折 → %d', (s, n) => expect(parseFold(s)).toBeCloseTo(n));
});

describe('findAmounts / findPrices', () => {
  const v = (t: string) => findPrices(t).map((a) => [a.kind, a.value, a.max]);
  it('reads the spoken prices of a pitch', () => {
    expect(v('原价三百九十九，直播间只要九十九')).toEqual([['amount', 399, undefined], ['amount', 99, undefined]]);
    expect(v('今天九块九包邮')).toEqual([['amount', 9.9, undefined]]);
    expect(v('一百二十九元一盒')).toEqual([['amount', 129, undefined]]);
    expect(v('三块五毛钱')).toEqual([['amount', 3.5, undefined]]);
    expect(v('专柜卖1280，我们今天三折')).toEqual([['amount', 1280, undefined], ['discount', 0.3, undefined]]);
    expect(v('外面店里都卖八百多')).toEqual([['amount', 800, 899]]);
    expect(v('平时都是四位数的东西')).toEqual([['magnitude', 1000, 9999]]);
    expect(v('¥99 到手')).toEqual([['amount', 99, undefined]]);
    expect(v('今天半价')).toEqual([['discount', 0.5, undefined]]);
    expect(v('七五折')).toEqual([['discount', 0.75, undefined]]);
  });
  it('ignores counts, ordinals and link numbers', () => {
    expect(v('一号链接，第一次来的家人，三件包邮')).toEqual([]);
    expect(v('只剩最后五十单了')).toEqual([]);
  });
  it('keeps offsets into the text', () => {
    const t = '原价三百九十九';
    const [a] = findAmounts(t);
    expect(t.slice(a.start, a.end)).toBe('三百九十九');
  });
});
