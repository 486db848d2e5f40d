import { expect } from '@open-wc/testing';
import { pageScheme, resolveTheme } from './theme.js';

describe('pageScheme()', () => {
  it('reads dark alone as dark, light alone or normal as light, both as the reader’s choice', () => {
    expect(pageScheme('dark')).to.equal('dark');
    expect(pageScheme('only dark')).to.equal('dark');
    expect(pageScheme('light')).to.equal('light');
    expect(pageScheme('normal')).to.equal('light');
    expect(pageScheme('light dark')).to.equal(undefined);
    expect(pageScheme('dark light')).to.equal(undefined);
    expect(pageScheme('')).to.equal(undefined);
    expect(pageScheme(undefined)).to.equal(undefined);
  });
});

describe('resolveTheme()', () => {
  it('lets an explicit theme win, then the page’s data-theme, then its colour scheme, then the reader', () => {
    expect(resolveTheme('light', 'dark', 'dark', true)).to.equal('light');
    expect(resolveTheme('dark', 'light', 'light', false)).to.equal('dark');
    expect(resolveTheme('auto', 'dark', 'light', false)).to.equal('dark');
    expect(resolveTheme('auto', 'light', 'dark', true)).to.equal('light');
    expect(resolveTheme('auto', null, 'light', true)).to.equal('light');
    expect(resolveTheme('auto', null, 'normal', true)).to.equal('light');
    expect(resolveTheme('auto', null, 'dark', false)).to.equal('dark');
    expect(resolveTheme('auto', null, 'light dark', true)).to.equal('dark');
    expect(resolveTheme('auto', null, 'light dark', false)).to.equal('light');
    expect(resolveTheme('auto', null, undefined, true)).to.equal('dark');
    expect(resolveTheme('auto', 'sepia', undefined, false)).to.equal('light');
  });
});
