import { render } from 'preact';
import { Popup } from './Popup';
import { readPopupParams } from './popup-params';
import '../shared/palette.css';
import './popup.css';

const { query, tabId } = readPopupParams(location.search);
render(<Popup initialQuery={query} requestedTab={tabId} />, document.getElementById('app')!);
