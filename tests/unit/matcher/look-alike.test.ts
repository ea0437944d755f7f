import { describe, expect, it } from 'vitest';
import { lookAlikeFilter, matcherFromEntities } from '../../../src/matcher';
import { isTitleCase, runsIntoLongerName } from '../../../src/matcher/look-alike';
import { realEntities } from './fixtures';

/** Judges the first occurrence of `name` in `text`. */
function runsOn(text: string, name: string, before = true): boolean {
  const start = text.indexOf(name);
  if (start < 0) throw new Error(`"${name}" is not in "${text}"`);
  return runsIntoLongerName(text, start, start + name.length, { before });
}

describe('runsIntoLongerName', () => {
  it.each([
    ['Rocks of the West African craton are old.', 'the West'],
    ['The report appeared in China Daily on Monday.', 'China'],
    ['She watched Russia Today every night.', 'Russia'],
    ['He ordered a Moscow Mule at the bar.', 'Moscow'],
    ['They flew with Air Astana to the coast.', 'Astana'],
    ['Smith, J. "Loess soils". Eurasian Soil Science. 45 (3): 1–10.', 'Eurasian'],
    ['Eurasian Soil Science', 'Eurasian'],
    ['Kazakhstan President Tokayev spoke.', 'Kazakhstan'],
  ])('%s — "%s" runs on into a longer name', (text, name) => {
    expect(runsOn(text, name)).toBe(true);
  });

  it.each([
    ['China Tilts Kazakhstan Away From Russia', 'China'],
    ['China Tilts Kazakhstan Away From Russia', 'Kazakhstan'],
    ['China Tilts Kazakhstan Away From Russia', 'Russia'],
    ['KAZAKHSTAN WINS AGAIN', 'KAZAKHSTAN'],
    ['CHINA AND RUSSIA SIGN A DEAL', 'RUSSIA'],
    ['Kazakhstan and China signed deals.', 'China'],
    ['In Astana, officials met.', 'Astana'],
    ['Trade with China grew. Beijing said so.', 'Beijing'],
    ['On Tuesday Beijing announced new loans.', 'Beijing'],
    ['In March Beijing announced new loans.', 'Beijing'],
    ['Chinese President Xi Jinping arrived.', 'Xi Jinping'],
    ['Officials from China, Kazakhstan and Russia met.', 'China'],
    ['the railway to China\0Daily trains', 'China'],
    ['“Kazakhstan” Matters', 'Kazakhstan'],
    ['Kazakhstan’s exports to China rose.', 'Kazakhstan'],
    ['Kazakhstan-China trade rose.', 'Kazakhstan'],
  ])('%s — "%s" is a mention', (text, name) => {
    expect(runsOn(text, name, name !== 'Xi Jinping')).toBe(false);
  });

  it('does not judge the word before a person (titles stand there)', () => {
    expect(runsOn('Chinese Premier Li Keqiang met him.', 'Li Keqiang', false)).toBe(false);
    expect(runsOn('Chinese Premier Li Keqiang met him.', 'Li Keqiang', true)).toBe(true);
  });

  it('takes the first word of a sentence for an ordinary word, not part of a name', () => {
    expect(runsOn('Yesterday Astana hosted talks.', 'Astana')).toBe(false);
    expect(runsOn('It rained. Yesterday Astana hosted talks.', 'Astana')).toBe(false);
    expect(runsOn('It rained and Yesterday Astana hosted talks.', 'Astana')).toBe(true);
    expect(runsOn('Officials said: Yesterday Astana hosted talks.', 'Astana')).toBe(false);
  });
});

describe('isTitleCase', () => {
  const at = (text: string, name: string) => {
    const start = text.indexOf(name);
    return isTitleCase(text, start, start + name.length);
  };
  it('tells headlines from prose and short names', () => {
    expect(at('China Tilts Kazakhstan Away From Russia', 'China')).toBe(true);
    expect(at("China's Silk Road in the Spotlight as Xi Heads to Kazakhstan", 'Kazakhstan')).toBe(true);
    expect(at('The report appeared in China Daily on Monday.', 'China')).toBe(false);
    expect(at('Eurasian Soil Science', 'Eurasian')).toBe(false);
  });
  it('judges only the sentence and the text node of the match', () => {
    expect(at('China Tilts Kazakhstan Away From Russia\0it was reported by the press in the morning', 'China')).toBe(true);
    expect(at('Officials were quoted at length. China Tilts Kazakhstan Away From Russia', 'China')).toBe(true);
    expect(at('Officials were quoted at length in China Daily today.', 'China')).toBe(false);
  });
});

describe('the look-alike rule in the matcher, with the real entities', () => {
  const entities = realEntities();
  const matcher = matcherFromEntities(entities);
  const people = new Set(entities.filter((e) => e.category === 'person').map((e) => e.id));
  const reject = lookAlikeFilter((index) => people.has(matcher.entityIdAt(index)));
  const found = (text: string) => matcher.match(text, 0, text.length, reject).map((s) => `${s.entityId}:${text.slice(s.start, s.end)}`);

  it('leaves a shorter name inside a rejected longer one to match', () => {
    expect(found('President Xi Jinping is expected to speak.')).toEqual(['xi-jinping:Xi Jinping']);
  });

  it('finds none of a paragraph of look-alikes', () => {
    expect(
      found(
        'The oldest rocks of the West African craton appear in Eurasian Soil Science. She read China Daily, ordered a Moscow Mule, watched Russia Today and flew Air Astana.',
      ),
    ).toEqual([]);
  });

  it('keeps every name of a Title Case headline', () => {
    expect(found('China Tilts Kazakhstan Away From Russia')).toEqual(['china:China', 'kazakhstan:Kazakhstan', 'russia:Russia']);
  });
});
