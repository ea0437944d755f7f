import { describe, expect, it, onTestFinished } from 'vitest';
import { setPage } from '../../tests/support/content-page';
import { VisibilityChecker } from './visibility-checker';

/** What the checker says of the text in each element with an id. */
async function visibility(html: string): Promise<Record<string, boolean>> {
  const body = setPage(html);
  const answers: Record<string, boolean> = {};
  const checker = new VisibilityChecker(window, (node, visible) => {
    answers[node.parentElement!.closest('[id]')!.id] = visible;
  });
  onTestFinished(() => checker.destroy());
  const nodes = [...body.querySelectorAll('[id]')].map((element) => element.firstChild as Text);
  for (const node of nodes) checker.check(node);
  await expect.poll(() => Object.keys(answers).length).toBe(nodes.length);
  return answers;
}

describe('VisibilityChecker', () => {
  it('tells visible text, on screen or far down the page, from hidden, clipped away and screen-reader-only text', async () => {
    const answers = await visibility(`
      <p id="plain">China</p>
      <div style="height: 5000px"></div>
      <p id="far-down">China</p>
      <p id="display-none" style="display: none">China</p>
      <p id="visibility-hidden" style="visibility: hidden">China</p>
      <p id="transparent" style="opacity: 0">China</p>
      <p id="in-transparent-parent" style="opacity: 0"><span>China</span></p>
      <span id="sr-only" style="position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0)">China</span>
      <span id="sliver" style="display: inline-block; width: 1px; overflow: hidden; white-space: nowrap">China</span>
      <div style="height: 20px; overflow: hidden"><p style="margin-top: 40px" id="clipped">China</p></div>
      <details><summary>More</summary><p id="collapsed">China</p></details>`);
    expect(answers).toEqual({
      plain: true,
      'far-down': true,
      'display-none': false,
      'visibility-hidden': false,
      transparent: false,
      'in-transparent-parent': false,
      'sr-only': false,
      sliver: false,
      clipped: false,
      collapsed: false,
    });
  });

  it('answers at once for text no longer in the page, and once per element for its nodes', async () => {
    const body = setPage('<p id="two"></p>');
    body.querySelector('#two')!.append('China', ' and Kazakhstan');
    const answers: [string, boolean][] = [];
    const checker = new VisibilityChecker(window, (node, visible) => answers.push([node.data, visible]));
    onTestFinished(() => checker.destroy());
    checker.check(document.createTextNode('detached'));
    expect(answers).toEqual([['detached', false]]);
    for (const node of body.querySelector('#two')!.childNodes) checker.check(node as Text);
    await expect.poll(() => answers.length).toBe(3);
    expect(answers.slice(1)).toEqual([
      ['China', true],
      [' and Kazakhstan', true],
    ]);
  });
});
