import { render } from 'preact';
import dataset from 'virtual:geolens/dataset';

function Popup() {
  return (
    <main>
      <h1>Geolens</h1>
      <p data-testid="summary">
        {dataset.entities.length} entities · {dataset.facts.length} facts · {dataset.documents.length} documents ·
        dataset {dataset.version}
      </p>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
