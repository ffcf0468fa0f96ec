import { describe, expect, it } from 'vitest';
import { parseView, serializeView } from '../src/url-state.ts';

const known = {
  cities: new Set(['440100', '440800']),
  items: new Set(['airport-zhanjiang']),
  corridors: new Set(['coastal']),
  layers: ['cities', 'labels', 'zones', 'circles'],
  hideable: new Set(['hsr', 'planned']),
};
const ORDER = known.layers;
const DEFAULTS = ['cities', 'labels'];

describe('parseView', () => {
  it('reads city, layers and lang', () => {
    expect(parseView('?city=440100&layers=zones,cities&lang=en', known)).toEqual({
      view: { city: '440100', item: null, corridor: null, layers: ['zones', 'cities'], lang: 'en' },
      notices: [],
    });
  });
  it('defaults when empty', () => {
    expect(parseView('', known)).toEqual({ view: { city: null, item: null, corridor: null, layers: null, lang: 'zh' }, notices: [] });
  });
  it('reads item and corridor, ignoring unknown ones with notices', () => {
    expect(parseView('?item=airport-zhanjiang&corridor=coastal', known).view).toMatchObject({ item: 'airport-zhanjiang', corridor: 'coastal' });
    expect(parseView('?item=nope&corridor=nope', known).notices).toEqual([{ key: 'badItem', value: 'nope' }, { key: 'badCorridor', value: 'nope' }]);
  });
  it('ignores a bad city with a notice', () => {
    const { view, notices } = parseView('?city=999999', known);
    expect(view.city).toBeNull();
    expect(notices).toEqual([{ key: 'badCity', value: '999999' }]);
  });
  it('drops unknown layers but keeps known ones', () => {
    const { view, notices } = parseView('?layers=zones,bogus', known);
    expect(view.layers).toEqual(['zones']);
    expect(notices).toEqual([{ key: 'badLayer', value: 'bogus' }]);
  });
  it('falls back to default layers when every id is garbage', () => {
    expect(parseView('?layers=x,y', known).view.layers).toBeNull();
  });
  it('reads an empty layers list as "all off"', () => {
    expect(parseView('?layers=', known).view.layers).toEqual([]);
  });
  it('ignores a bad lang and unknown parameters with notices', () => {
    const { view, notices } = parseView('?lang=fr&foo=1', known);
    expect(view.lang).toBe('zh');
    expect(notices).toEqual([{ key: 'badParam', value: 'foo' }, { key: 'badLang', value: 'fr' }]);
  });
  it('uses the first of a repeated parameter and says so', () => {
    const { view, notices } = parseView('?city=440800&city=440100&lang=en&lang=zh', known);
    expect(view.city).toBe('440800');
    expect(view.lang).toBe('en');
    expect(notices).toEqual([{ key: 'repeated', value: 'city' }, { key: 'repeated', value: 'lang' }]);
  });
  it('drops an empty or very long value with a notice, whatever its characters', () => {
    const long = '<img src=x onerror=alert(1)>'.repeat(400);
    const { view, notices } = parseView(`?city=&item=${encodeURIComponent(long)}`, known);
    expect(view.city).toBeNull();
    expect(view.item).toBeNull();
    expect(notices.map((n) => n.key)).toEqual(['badCity', 'badItem']);
    expect(notices[1].value).toBe(long);
  });
});

describe('the legend filter in the link', () => {
  it('reads hide= and ignores unknown kinds or statuses with a notice', () => {
    const { view, notices } = parseView('?hide=planned,hsr,nope', known);
    expect(view.hide).toEqual(['planned', 'hsr']);
    expect(notices).toEqual([{ key: 'badHide', value: 'nope' }]);
  });
  it('writes hide= sorted, and omits it when nothing is hidden', () => {
    const v = { city: null, item: null, corridor: null, layers: null, lang: 'zh' as const };
    expect(serializeView({ ...v, hide: ['planned', 'hsr'] }, ORDER, DEFAULTS)).toBe('?hide=hsr,planned');
    expect(serializeView({ ...v, hide: [] }, ORDER, DEFAULTS)).toBe('');
  });
});

describe('serializeView', () => {
  it('omits defaults', () => {
    expect(serializeView({ city: null, item: null, corridor: null, layers: ['labels', 'cities'], lang: 'zh' }, ORDER, DEFAULTS)).toBe('');
  });
  it('writes layers in table order with literal commas', () => {
    expect(serializeView({ city: '440800', item: 'airport-zhanjiang', corridor: null, layers: ['circles', 'cities'], lang: 'en' }, ORDER, DEFAULTS)).toBe('?city=440800&item=airport-zhanjiang&layers=cities,circles&lang=en');
  });
  it('writes an empty list when every layer is off', () => {
    expect(serializeView({ city: null, item: null, corridor: null, layers: [], lang: 'zh' }, ORDER, DEFAULTS)).toBe('?layers=');
  });
  it('round-trips', () => {
    const view = { city: '440100', item: 'airport-zhanjiang', corridor: 'coastal', layers: ['cities', 'zones'], lang: 'en' as const };
    expect(parseView(serializeView(view, ORDER, DEFAULTS), known).view).toEqual(view);
  });
});
