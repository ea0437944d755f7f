import { describe, expect, it } from 'vitest';
import { firefoxLaunchError, firefoxPath } from '../../e2e/firefox-path';

const INSTALL = 'sudo apt-get update && sudo apt-get install -y firefox-esr';

describe('finding Firefox for the smoke test', () => {
  it("takes Debian's firefox-esr, then firefox", () => {
    expect(firefoxPath({}, (path) => path === '/usr/bin/firefox')).toBe('/usr/bin/firefox');
    expect(firefoxPath({}, () => true)).toBe('/usr/bin/firefox-esr');
  });

  it('says where it looked and how to install Firefox when there is none', () => {
    expect(() => firefoxPath({}, () => false)).toThrow('/usr/bin/firefox-esr, /usr/bin/firefox');
    expect(() => firefoxPath({}, () => false)).toThrow(INSTALL);
  });

  it('does not fall back past a FIREFOX_PATH that does not exist', () => {
    expect(() => firefoxPath({ FIREFOX_PATH: '/opt/firefox/firefox' }, (path) => path !== '/opt/firefox/firefox')).toThrow(
      /looked for \/opt\/firefox\/firefox\)/,
    );
  });

  it('turns a launch failure with an empty message into one that names the binary and the fix', () => {
    const error = firefoxLaunchError('/bin/false', new Error('Failed to launch the browser process:  Code: 1\n\nstderr:\n\n'));
    expect(error.message).toContain('Firefox at /bin/false did not start (Failed to launch the browser process: Code: 1 stderr:)');
    expect(error.message).toContain(INSTALL);
    expect(firefoxLaunchError('/x', new Error('')).message).toContain('(no message)');
  });
});
