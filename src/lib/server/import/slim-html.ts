// A fetched page without what the engine never reads. News pages are mostly scripts, styles and
// inline SVG (a 1 MB page often holds 50 KB of article), while the engine takes 500,000 characters
// and the page is stored with its set: this keeps the markup Readability scores (elements, ids,
// classes), the metadata (<title>, <meta>, <time>, JSON-LD) and the text, and drops the rest.
import { parseHTML } from 'linkedom';

const DROPPED = 'script:not([type="application/ld+json" i]), style, link, svg, template, iframe, noscript, object, embed, canvas, video, audio, source, picture';
const KEPT_ATTRIBUTES = /^(?:id|class|href|lang|dir|name|property|content|itemprop|itemscope|itemtype|datetime|rel|type|charset|http-equiv|title|alt|role|colspan|rowspan)$/i;

type Node = { nodeType: number; childNodes: ArrayLike<Node>; remove(): void };

export function slimHtml(html: string): string {
	if (!/<html[\s>]/i.test(html)) return html;
	const { document } = parseHTML(html);
	for (const el of [...document.querySelectorAll(DROPPED)]) el.remove();
	for (const el of [...document.querySelectorAll('*')]) {
		for (const attr of [...el.attributes]) if (!KEPT_ATTRIBUTES.test(attr.name)) el.removeAttribute(attr.name);
	}
	const comments: Node[] = [];
	const walk = (node: Node) => {
		for (let i = 0; i < node.childNodes.length; i++) {
			const child = node.childNodes[i];
			if (child.nodeType === 8) comments.push(child);
			else if (child.nodeType === 1) walk(child);
		}
	};
	walk(document.documentElement as unknown as Node);
	for (const c of comments) c.remove();
	const out = document.toString();
	return /^<!doctype/i.test(out) ? out : `<!doctype html>${out}`;
}
