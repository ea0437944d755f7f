// @ts-check
import tseslint from 'typescript-eslint';

const htmlSinks = ['innerHTML', 'outerHTML', 'insertAdjacentHTML'].map((property) => ({
  selector: `MemberExpression[property.name='${property}']`,
  message: `${property} would parse dataset or page text as HTML; build nodes or use Preact instead.`,
}));

export default tseslint.config(
  { ignores: ['dist/', 'dist-firefox/', 'node_modules/', 'demo/', 'bench/results/', 'bench/.exp/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'webextension-polyfill', message: "Import { browser } from 'src/shared/browser' instead." }] },
      ],
    },
  },
  {
    // Extension code never parses text as HTML (tests may read a page's serialization).
    files: ['src/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...htmlSinks,
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'dangerouslySetInnerHTML would parse dataset or page text as HTML.',
        },
      ],
    },
  },
  {
    files: ['src/shared/browser.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The model, the matcher, the dataset compiler and the popup's search are pure: no DOM, no extension APIs.
    files: ['src/model/**', 'src/matcher/**', 'src/dataset/**', 'src/search/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'chrome', 'browser', 'Node', 'Element', 'Range', 'CSS', 'fetch'].map(
          (name) => ({ name, message: `src/model, src/matcher, src/dataset and src/search stay free of DOM and browser APIs (${name}).` }),
        ),
      ],
    },
  },
);
