/**
 * Bot text as Web Chat 4.18 shows it: markdown-it with HTML, linkify and typographer on
 * (botframework-webchat/lib/markdown/renderMarkdown.js), the same markdown-it it installs.
 * No types are installed for markdown-it: the one method used is typed here.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt: new (options: object) => { render(src: string): string } = require('markdown-it');

const md = new MarkdownIt({ breaks: false, html: true, linkify: true, typographer: true, xhtmlOut: true });

export function renderLikeWebChat(markdown: string): string {
  return md.render(markdown);
}

/** Tags a value must never produce: a link, emphasis, a heading, an image, code, a table, a quote, raw HTML. */
const MARKUP = /<(a|strong|em|b|i|s|del|h[1-6]|img|code|pre|table|blockquote|script|hr)[\s>/]/g;

export function markupIn(markdown: string): string[] {
  return [...renderLikeWebChat(markdown).matchAll(MARKUP)].map((m) => m[1]!);
}

/** What a reader sees: the HTML without its tags, entities decoded. */
export function visibleText(markdown: string): string {
  return renderLikeWebChat(markdown)
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
