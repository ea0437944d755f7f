import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/settings/settings';
import { toolbarState } from '../../../src/settings/toolbar-state';

describe('toolbarState', () => {
  it('is active by default, on every site (no default exclusions)', () => {
    expect(toolbarState(defaultSettings(), 'mail.google.com')).toBe('active');
    expect(toolbarState(defaultSettings(), 'news.example')).toBe('active');
  });

  it('is paused on an excluded site and its www. form, active elsewhere', () => {
    const settings = { ...defaultSettings(), excludedSites: ['example.com', '*.bank.test'] };
    expect(toolbarState(settings, 'example.com')).toBe('paused');
    expect(toolbarState(settings, 'www.example.com')).toBe('paused');
    expect(toolbarState(settings, 'online.bank.test')).toBe('paused');
    expect(toolbarState(settings, 'example.org')).toBe('active');
  });

  it('is off everywhere when the global switch is off, paused sites included', () => {
    const settings = { ...defaultSettings(), enabled: false, excludedSites: ['example.com'] };
    expect(toolbarState(settings, 'example.com')).toBe('off');
    expect(toolbarState(settings, 'example.org')).toBe('off');
  });
});
