import { render } from 'preact';
import { Popup } from './Popup';
import { readPopupParams } from './popup-params';
import '../shared/palette.css';
import './popup.css';

function start(): void {
  const { query, tabId } = readPopupParams(location.search);
  const app = document.getElementById('app')!;
  // index.html's static first frame goes in the same task as the live popup arrives: no frame shows both.
  app.replaceChildren();
  render(<Popup initialQuery={query} requestedTab={tabId} />, app);
  // For `npm run bench`: when the live popup (not the static first frame) was rendered.
  performance.mark('geolens:popup-rendered');
}

start();
