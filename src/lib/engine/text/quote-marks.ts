// Quotation marks left without their partner when a sentence is taken out of a longer quotation
// ("The debt stood at 58.8 % of GDP,” the report said.") or a clause is cut out of one: a prompt
// gets its missing mark back, at its start or its end.

// The partner a stray mark gets, by its family (a misused “ that closes gets “ in front of it).
const openingFor = (ch: string) => (ch === '»' || ch === '«' ? '«' : ch === '"' ? '"' : '“');
const closingFor = (ch: string) => (ch === '«' || ch === '»' ? '»' : ch === '"' ? '"' : '”');

interface Mark {
	at: number;
	ch: string;
	opens: boolean;
}

// Whether a mark opens or closes by where it stands: a curly mark that the text misuses ("en deux
// heures“, raconte…") reads by its place, as a straight one always does.
function marksOf(s: string): Mark[] {
	const out: Mark[] = [];
	for (let i = 0; i < s.length; i++) {
		const ch = s[i];
		// "» La commune a fermé…": a French quotation going on in a new paragraph; '65" television': inches.
		if ((ch === '»' && !/\S/u.test(s.slice(0, i))) || (ch === '"' && /\d/u.test(s[i - 1] ?? ''))) continue;
		if (ch === '«' || ch === '»') out.push({ at: i, ch, opens: ch === '«' });
		else if (ch === '“' || ch === '”' || ch === '"') {
			const before = i === 0 ? ' ' : s[i - 1];
			const after = i + 1 < s.length ? s[i + 1] : ' ';
			const spaceBefore = /[\s\u00a0([{—–-]/u.test(before);
			const spaceAfter = /[\s\u00a0,.;:!?)\]}…]/u.test(after);
			const opens = spaceBefore && !spaceAfter ? true : !spaceBefore && spaceAfter ? false : ch !== '”';
			out.push({ at: i, ch, opens });
		}
	}
	return out;
}

/**
 * The text with one missing quotation mark put back: an opening mark at the start for a closing
 * one that has none, a closing mark at the end for an opening one never closed. A text with no
 * stray mark, or with more than one, is returned as it is (no guess where a second quotation ends),
 * and so is a stray straight mark beside other straight ones.
 */
export function balanceQuotes(s: string): string {
	if (!/[«»“”"]/u.test(s)) return s;
	const open: Mark[] = [];
	const strayClosing: Mark[] = [];
	for (const m of marksOf(s)) {
		if (m.opens) open.push(m);
		else if (open.length) open.pop();
		else strayClosing.push(m);
	}
	if (open.length + strayClosing.length !== 1) return s;
	// Straight marks are told apart by their place alone: with more than one, which is stray is a guess.
	if ((open[0] ?? strayClosing[0]).ch === '"' && s.indexOf('"') !== s.lastIndexOf('"')) return s;
	if (strayClosing.length) {
		const mark = openingFor(strayClosing[0].ch);
		// "… the report said": after a cut's ellipsis, the quotation opens on the words.
		const lead = /^…[\s\u00a0]*/u.exec(s)?.[0] ?? '';
		const spaced = mark === '«' ? `${mark}\u00a0` : mark;
		return `${lead}${spaced}${s.slice(lead.length)}`;
	}
	const mark = closingFor(open[0].ch);
	return mark === '»' ? `${s}\u00a0${mark}` : `${s}${mark}`;
}
