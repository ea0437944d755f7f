import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Hard-coded English: text a user reads that does not come from t(). Found
 * in the syntax tree, so comments, class names and keys do not count:
 *   - JSX text with letters (`<p>Loading</p>`), and string literals or
 *     templates as JSX children (`{'Loading'}`);
 *   - string literals or templates with letters in attributes people read
 *     (aria-label, title, placeholder, alt, ...), in JSX or through
 *     setAttribute, and assigned to textContent, innerText, title or label.
 */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);
const READ_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'label', 'placeholder', 'ariaLabel', 'alt']);
const LETTERS = /\p{L}/u;

export interface Offence {
  file: string;
  line: number;
  text: string;
}

function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('…');
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  if (ts.isConditionalExpression(node)) {
    const parts = [literalText(node.whenTrue), literalText(node.whenFalse)].filter((part) => part !== undefined);
    return parts.length ? parts.join(' | ') : undefined;
  }
  return undefined;
}

export function hardCodedText(file: string, code: string): Offence[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const offences: Offence[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!LETTERS.test(text)) return;
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    offences.push({ file: relative(ROOT, file), line, text: text.trim().replace(/\s+/g, ' ') });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const text = literalText(node.expression);
      if (text !== undefined) report(node, text);
    } else if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      const text = value && literalText(value);
      if (text !== undefined) report(node, text);
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'setAttribute' &&
      node.arguments.length === 2 &&
      READ_ATTRIBUTES.has(literalText(node.arguments[0]!) ?? '')
    ) {
      const text = literalText(node.arguments[1]!);
      if (text !== undefined) report(node, text);
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      READ_PROPERTIES.has(node.left.name.text)
    ) {
      const text = literalText(node.right);
      if (text !== undefined) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return offences;
}

