/**
 * The card's stylesheet, adopted by its closed shadow root. `:host` resets
 * everything the page might have set; nothing here can leak out.
 */
const DARK = `--bg: #1d2129; --fg: #e8eaee; --muted: #a3abb8; --line: #353b47; --quote-bg: #262b35; --accent: #7aa7ff;
  --warn-bg: #3a2a10; --warn-fg: #ffcf85; --shadow: 0 10px 30px rgb(0 0 0 / 0.5);`;

export const CARD_CSS = `
:host { all: initial; }
/* The top-layer popover that holds the card (src/content/card/card-host.ts): an empty box at the viewport's
   corner, with none of a popover's own styles (centred by insets and margins, a border, a background), and no
   backdrop (a page's ::backdrop rules cannot reach into the shadow root). */
.layer { all: initial; position: fixed; inset: 0 auto auto 0; width: 0; height: 0; margin: 0; padding: 0; border: 0;
  overflow: visible; contain: size layout style; }
.layer::backdrop { display: none; }
/* The card's containing block and its layout boundary (see card-host.ts): empty, in flow, at the viewport's corner. */
.frame { display: block; width: 0; height: 0; contain: size layout style; }
.card {
  --bg: #ffffff; --fg: #1f2937; --muted: #5b6472; --line: #e5e7eb; --quote-bg: #f6f7f9; --accent: #2563eb;
  --warn-bg: #fff7e6; --warn-fg: #8a4b00; --shadow: 0 10px 30px rgb(0 0 0 / 0.18), 0 2px 6px rgb(0 0 0 / 0.08);
  position: fixed; top: 0; left: 0; box-sizing: border-box; width: max-content; max-width: min(400px, calc(100vw - 16px));
  max-height: min(480px, calc(100vh - 16px)); overflow: auto; scrollbar-width: thin; scrollbar-gutter: stable; overscroll-behavior: contain;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px; box-shadow: var(--shadow);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; text-align: left;
  padding: 12px 14px 10px; cursor: auto; user-select: text;
}
/* No fade-in: on a large page every frame of one re-walked the whole page in Chromium (docs/perf-log.md). */
/* Dark on a dark page; on a page of no clear colour, as the system says (src/content/card/page-theme.ts). */
.card[data-theme="dark"] { ${DARK} }
@media (prefers-color-scheme: dark) {
  .card:not([data-theme]) { ${DARK} }
}
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
header { display: flex; align-items: flex-start; gap: 8px; }
.titles { flex: 1; min-width: 0; }
.chip { display: inline-flex; align-items: center; gap: 6px; font-size: 11px; font-weight: 600; letter-spacing: 0.02em;
  text-transform: uppercase; color: var(--muted); }
.dot { width: 8px; height: 8px; border-radius: 50%; background: rgb(var(--cat)); }
h2 { margin: 2px 0 0; font-size: 17px; line-height: 1.25; font-weight: 650; }
.close { all: unset; cursor: pointer; color: var(--muted); border-radius: 6px; width: 24px; height: 24px; text-align: center;
  line-height: 24px; font-size: 16px; }
.close:hover { background: var(--quote-bg); color: var(--fg); }
.close:focus-visible, .source:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.description { margin: 6px 0 0; color: var(--fg); }
h3 { margin: 12px 0 4px; font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
ol { list-style: none; margin: 0; padding: 0; }
li.fact { padding: 8px 0; border-top: 1px solid var(--line); }
li.fact:first-child { border-top: none; padding-top: 2px; }
.statement { margin: 0; font-weight: 500; }
.figures { display: flex; flex-wrap: wrap; gap: 4px 6px; margin: 4px 0 0; }
.figure { font-variant-numeric: tabular-nums; font-weight: 650; background: var(--quote-bg); border-radius: 5px; padding: 0 6px; }
.period { color: var(--muted); font-size: 12px; align-self: center; }
blockquote { margin: 6px 0 0; padding: 6px 8px; background: var(--quote-bg); border-left: 3px solid rgb(var(--cat)); border-radius: 0 6px 6px 0;
  font-style: italic; color: var(--fg); }
.cite { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; margin-top: 4px; font-size: 12px; color: var(--muted); }
.inferred { border-bottom: 1px dotted currentColor; cursor: help; }
.source { all: unset; cursor: pointer; color: var(--accent); font-size: 12px; border-radius: 4px; }
.source:hover { text-decoration: underline; }
.differs { margin-top: 6px; padding: 5px 8px; border-radius: 6px; background: var(--warn-bg); color: var(--warn-fg); font-size: 12px; }
.differs strong { font-weight: 650; }
.more { margin: 6px 0 0; font-size: 12px; color: var(--muted); }
.empty { margin: 8px 0 0; color: var(--muted); font-size: 13px; }
.unrelated { margin: 8px 0 0; padding: 6px 8px; border-radius: 6px; border: 1px dashed var(--line); color: var(--fg); font-size: 13px; }
/* The figure check's verdict: plain words, never a red mark; the line style tells agreeing from differing too. */
.verdict { margin: 8px 0 0; padding: 6px 8px; border-radius: 6px; border-left: 3px solid rgb(var(--cat)); background: var(--quote-bg); font-weight: 550; }
.verdict.differs { border-left-style: dashed; }
/* Disclosures (src/ui/Disclosure.tsx): a button with a triangle, as <details> draws one. */
.disclosure { margin-top: 10px; }
.disclosure-toggle { all: unset; display: block; cursor: pointer; font-size: 12px; color: var(--muted); border-radius: 4px; }
/* Empty alternative text: the triangle is drawn, not read; aria-expanded says open or closed. */
.disclosure-toggle::before { content: "▸" / ""; display: inline-block; width: 1.1em; }
.disclosure-toggle[aria-expanded="true"]::before { content: "▾" / ""; }
.disclosure-toggle:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.disclosure-toggle .label { font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; font-size: 11px; }
.disclosure-toggle .scope-line:not(:empty)::before { content: " · "; }
.disclosure.background > [aria-expanded="true"] { margin-bottom: 4px; }
.disclosure.scope { border-top: 1px solid var(--line); padding-top: 6px; }
.disclosure.scope p, .disclosure.scope ul { margin: 4px 0 0; font-size: 12px; color: var(--muted); }
.disclosure.scope ul { padding-left: 18px; }
`;
