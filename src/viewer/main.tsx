import { render } from 'preact';
import dataset from 'virtual:geolens/dataset';
import { Viewer } from './Viewer';
import '../shared/palette.css';
import './viewer.css';

const factId = new URLSearchParams(location.search).get('fact') ?? '';
render(<Viewer dataset={dataset} factId={factId} />, document.getElementById('app')!);
