import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';

describe('the built extension', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('loads into Chromium and starts its service worker', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const name = await session.serviceWorker!.evaluate("chrome.i18n.getMessage('extName')");
    expect(name).toBe('Geolens');
  });

  it('opens the popup with the compiled dataset', async () => {
    const popup = await session.openPopup();
    const summary = await popup.getByTestId('summary').textContent();
    expect(summary).toMatch(/\d+ entities · \d+ facts · 2 documents/);
  });
});
