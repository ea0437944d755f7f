/**
 * First install and updates: settings in storage, the default toolbar icon,
 * the context menu, and on first install only, the options page with a short
 * welcome.
 */
import { browser, type Runtime } from '../shared/browser';
import { WELCOME_PARAM } from '../shared/extension-urls';
import { ensureStoredSettings } from '../settings/settings-store';
import { createContextMenu } from './context-menu';
import { syncDefaultState } from './toolbar-icon';

export async function onInstalled({ reason }: Runtime.OnInstalledDetailsType): Promise<void> {
  // Independent steps: one failing must not stop the others.
  const steps = [ensureStoredSettings(), syncDefaultState(), createContextMenu()];
  if (reason === 'install') steps.push(openWelcome());
  const failures = (await Promise.allSettled(steps)).filter((step) => step.status === 'rejected');
  if (failures.length) throw new AggregateError(failures.map((failure) => failure.reason));
}

async function openWelcome(): Promise<void> {
  const manifest = browser.runtime.getManifest();
  const page = manifest.options_ui?.page ?? manifest.options_page ?? 'src/options/index.html';
  await browser.tabs.create({ url: browser.runtime.getURL(`${page}?${WELCOME_PARAM}=1`) });
}
