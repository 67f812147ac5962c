// Pins what a web page's metadata gives the article (byline, publication and update dates) in the
// forms sites use: Open Graph article: tags (as property or name, any case), schema.org JSON-LD
// (one object, a list, a Yoast @graph whose author is a reference), and the odd names some
// publishers use. JSON-LD sits in a <script>, which the text extraction removes: read before that.
import { describe, expect, it } from 'vitest';
import { htmlToArticle } from './html';

const BODY = `<article><h1>Les écoles ouvrent plus tôt</h1>
<p>Le ministre de l’Éducation a annoncé mardi que les écoles ouvriront une semaine plus tôt à la rentrée prochaine, a-t-il déclaré devant les députés.</p>
<p>Les syndicats d’enseignants ont critiqué cette décision, jugée trop rapide. Ils demandent une concertation avant le mois de juin.</p>
<p>La mesure concerne environ douze millions d’élèves, selon les chiffres du ministère publiés la semaine dernière.</p></article>`;

const pageWith = (head: string, body = BODY) => `<!doctype html><html lang="fr"><head><title>Les écoles | Le Journal</title>${head}</head><body>${body}</body></html>`;
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('htmlToArticle: metadata', () => {
	it('reads the byline and dates from JSON-LD alone', () => {
		const a = htmlToArticle(
			pageWith(ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Les écoles', datePublished: '2025-03-14T08:30:00+01:00', dateModified: '2025-03-15T09:00:00+01:00', author: { '@type': 'Person', name: 'Claire Martin' } }))
		);
		expect(a).toMatchObject({ title: 'Les écoles ouvrent plus tôt', author: 'Claire Martin', published: '2025-03-14T08:30', updated: '2025-03-15T09:00' });
		expect(a.text).not.toMatch(/NewsArticle|schema\.org/);
	});

	it('follows a Yoast @graph: the article node, its author by @id, not the WebPage’s dates', () => {
		const graph = {
			'@context': 'https://schema.org',
			'@graph': [
				{ '@type': 'WebPage', '@id': 'https://ex.fr/a#page', datePublished: '2020-01-01T00:00:00+00:00' },
				{ '@type': 'Article', '@id': 'https://ex.fr/a#article', datePublished: '2025-02-03T10:00:00+00:00', author: { '@id': 'https://ex.fr/#/schema/person/1' }, publisher: { '@id': 'https://ex.fr/#org' } },
				{ '@type': 'Person', '@id': 'https://ex.fr/#/schema/person/1', name: 'Jean Dupont' },
				{ '@type': 'Organization', '@id': 'https://ex.fr/#org', name: 'Le Journal' }
			]
		};
		expect(htmlToArticle(pageWith(ld(graph)))).toMatchObject({ author: 'Jean Dupont', published: '2025-02-03T10:00' });
	});

	it('takes several JSON-LD authors, but never an organisation for a byline', () => {
		const two = ld([{ '@type': 'BreadcrumbList' }, { '@type': 'ReportageNewsArticle', datePublished: '2025-01-02', author: [{ '@type': 'Person', name: 'Ana Silva' }, { '@type': 'Person', name: 'Tom Reed' }] }]);
		expect(htmlToArticle(pageWith(two))).toMatchObject({ author: 'Ana Silva, Tom Reed', published: '2025-01-02' });
		const org = ld({ '@type': 'NewsArticle', datePublished: '2025-01-02', author: { '@type': 'Organization', name: 'Le Journal' } });
		expect(htmlToArticle(pageWith(org)).author).toBeNull();
		// A broken block is skipped; the next one is read.
		expect(htmlToArticle(pageWith(`<script type="application/ld+json">{"@type": </script>${ld({ '@type': 'Article', datePublished: '2024-12-24' })}`)).published).toBe('2024-12-24');
	});

	it('reads Open Graph article: tags as property or as name, in any case, before JSON-LD', () => {
		const head =
			'<meta name="article:published_time" content="2025-04-01T07:00:00Z"><meta property="og:article:modified_time" content="2025-04-02T07:00:00Z"><meta name="Author" content="Léa Moreau">' +
			ld({ '@type': 'NewsArticle', datePublished: '2019-01-01', author: { name: 'Someone Else' } });
		expect(htmlToArticle(pageWith(head))).toMatchObject({ author: 'Léa Moreau', published: '2025-04-01T07:00', updated: '2025-04-02T07:00' });
	});

	it('skips an author given as a URL and a “By” prefix, and reads other publishers’ names', () => {
		const url = '<meta property="article:author" content="https://www.facebook.com/lejournal">' + ld({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Marc Petit' } });
		expect(htmlToArticle(pageWith(url)).author).toBe('Marc Petit');
		expect(htmlToArticle(pageWith('<meta name="byl" content="By Jane Doe"><meta name="pubdate" content="2025-05-06">'))).toMatchObject({ author: 'Jane Doe', published: '2025-05-06' });
		expect(htmlToArticle(pageWith('<meta name="parsely-author" content="Sam Lee"><meta name="parsely-pub-date" content="2025-06-07T12:00:00Z">'))).toMatchObject({ author: 'Sam Lee', published: '2025-06-07T12:00' });
		expect(htmlToArticle(pageWith('<meta name="DC.date.issued" content="2025-07-08">')).published).toBe('2025-07-08');
	});

	it('falls back to a <time datetime> last, and finds nothing in a page without metadata', () => {
		const withTime = pageWith('', BODY.replace('<h1>', '<time datetime="2025-08-09T10:11:00+02:00">9 août</time><h1>'));
		expect(htmlToArticle(withTime).published).toBe('2025-08-09T10:11');
		expect(htmlToArticle(pageWith(''))).toMatchObject({ author: null, published: null, updated: null });
	});
});
