// The shape of a pasted page: which paragraphs are not the article's prose although they sit inside
// it. A paste taken from a web page carries photo captions and credits, crossheads, promos for a
// broadcast, site labels ("Advertisement", "Shares"), the same headline or summary twice, and it
// often stops mid-sentence. None of those may give a question; each is reported with its reason.

import { countWords as words } from '../text/patterns';
import { EN_IRREGULAR_PARTICIPLE, EN_IRREGULAR_PAST } from '../text/lexicon';
import type { Lang } from '../types';
import { SHARE_PLATFORMS } from './metadata';
import { isRoleWord } from '../extract/gazetteer';

/** A short line that ends like a sentence. */
const SENTENCE_END = /[.!?…]["'»”’)\]]*$/u;

// Credits: "© AFP", "Photo : Reuters", "Credit: Ben Hendren for the AJC", "AFP/Getty Images",
// "| License Photo", "Photograph: …", "Source: Twitter".
const CREDIT =
	/(?:©|\b(?:photo|photos|crédit|credit|credits|image|photograph|illustration)\s*:|\bgetty images\b|\blicense photo\b|\b(?:AFP|AP|EPA|Reuters)(?:-\p{Lu}{2,6})?\s*\/\s*\p{Lu}|\/\s*(?:AFP|AP|EPA|Reuters|Getty)\b|^source\s*:|\bphoto (?:by|de|par)\b|\(photo\b(?!s?[\s\u00a0]*\))|\(file[\s\u00a0]+(?:photo|picture|image)\)|\b(?:AP|AFP|EPA|Reuters)[\s\u00a0]+photo[\s\u00a0]*\/|\bcourtesy of\b|aimable autorisation)/iu;
// "Courtesy Vermont State House", a line alone under a picture: whose picture it is, no sentence.
// (Five words at most after it: "Courtesy Calls Mark New Envoy's First Week" is a headline; "courtesy
// of …" is CREDIT's.)
const COURTESY_LINE = /^Courtesy[\s\u00a0]+\p{Lu}[^\s.!?]*(?:[\s\u00a0]+[^\s.!?]+){0,4}$/u;
// "PHOTO EDOUARD DUPRÉ-LAVOIE Le quartier…": a photographer's name in capitals after "PHOTO" opens a caption.
const PHOTO_CAPITALS = /^PHOTOS?[\s\u00a0]+\p{Lu}{2}[\p{Lu}\p{M}'’.-]*[\s\u00a0,]+\p{Lu}{2}/u;
// Reporting credits: "(Simon Carraud, édité par Sophie Louet)", "Reporting by …; Editing by …",
// "TF1 | Reportage J. Dupont, C. Martin" — inside brackets, or opening the line; never a sentence
// that merely talks about reporting ("The reporting by local papers forced the council…").
const CREDIT_WORDS = "(?:Édité par|Edited by|Editing by|Reporting by|Writing by|Avec la rédaction|Avec l['’]AFP|With AFP|Reportage|Propos recueillis par)(?![\\p{L}])";
const IN_BRACKETS = new RegExp(`^\\([^()]{0,80}(?<![\\p{L}])${CREDIT_WORDS}[^()]*\\)\\.?$`, 'iu');
const OPENING = new RegExp(`^(?:[\\p{Lu}\\d]{2,12}\\s*\\|\\s*)?${CREDIT_WORDS}`, 'u');
// "…aussi fragilisée. TF1 | Reportage L. Zajdela, N. Gandillot": the same credit glued to the end.
const GLUED = new RegExp(`[\\s\\u00a0](?:[\\p{Lu}\\d]{2,12}[\\s\\u00a0]*\\|[\\s\\u00a0]*)?${CREDIT_WORDS}[^.!?]*(?:\\.[^.!?]*){0,4}$`, 'u');
const isReportingCredit = (s: string) => IN_BRACKETS.test(s) || OPENING.test(s);

/** Where a reporting credit glued to the end of a paragraph starts, or -1. */
export function gluedCreditAt(paragraph: string): number {
	const m = GLUED.exec(paragraph);
	return m && m.index > 0 ? m.index + m[0].search(/\S/u) : -1;
}

// (Swiss captions end on the agency after the sentence's stop: "… 3,1 milliards de francs. (archives)
// sda"; "a indiqué l’ats" is prose.)
const AGENCY_TAIL = /[.!?»”][\s\u00a0]*(?:\((?:archives?|photo|illustration|image)\)[\s\u00a0]*)?(?:sda|ats|SDA|ATS|Keystone-(?:SDA|ATS))[\s\u00a0]*$|(?:^|[\s(/])(?:AFP|AP|EPA|Reuters|SIPA|Sipa|MaxPPP|Getty|Xinhua|ANP|Belga|PNA|Associated Press|Agence France-Presse|Bloomberg|Keystone|KEYSTONE)(?:\s*\)?\s*)$/u;

// A photo's share buttons flattened before its caption: "Facebook Twitter Pinterest Briggs accepts…".
const SHARE_OPENING = new RegExp(`^(?:${SHARE_PLATFORMS})(?:[\\s\\u00a0]+(?:${SHARE_PLATFORMS})){1,5}[\\s\\u00a0]+\\S`, 'iu');

// "“The Last Harbour” director Mina Osei arrives for the premiere of her film Friday at the Grand
// Theatre.": a photo's caption says what the picture shows, in the present tense and one sentence,
// with the day or the place it was taken. News prose tells the same in the past.
const CAPTION_VERB =
	/^[^.!?;:]{3,90}?[\s\u00a0](?:(?:arrive|pose|attend|speak|walk|gesture|celebrate|react|wave|smile|greet|perform|compete)s?|looks?[\s\u00a0]+on|shakes?[\s\u00a0]+hands|(?:is|are)[\s\u00a0]+(?:seen|pictured|shown))[\s\u00a0]+(?:for|at|during|with|after|before|on|in|outside|inside|as|to|the|his|her|their|a|an)(?![\p{L}])/u;
const WHEN_OR_WHERE = /(?<![\p{L}])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|at[\s\u00a0]+(?:the[\s\u00a0]+)?\p{Lu}|in[\s\u00a0]+\p{Lu})/u;

// "In this Jan 25, 2013 file photo, former Detroit Mayor X leaves…", "Sur cette photo d’archives, …".
const PHOTO_OPENING = /^(?:file[\s\u00a0]*[-–—][\s\u00a0]*)?(?:in[\s\u00a0]+(?:this|these|a)[\s\u00a0]+(?:[^.]{0,40}[\s\u00a0])?(?:file[\s\u00a0]+)?(?:photos?|images?|pictures?)|(?:sur|dans)[\s\u00a0]+(?:cette|ces)[\s\u00a0]+(?:photos?|images?)(?:[\s\u00a0]+d['’]archives?)?)(?![\p{L}])/iu;

// "… at the awards gala in Halifax in this Feb 27, 2006 file photo.", "… (photo d’archives)": the same,
// closing the line: "this", then a day or "file" before the picture's noun ("everyone in this image,
// was paid", "a better public image." are prose).
const PHOTO_PHRASE = String.raw`(?<![\p{L}])in[\s\u00a0]+(?:this|these)[\s\u00a0]+(?:(?:\p{Lu}\p{Ll}+\.?[\s\u00a0]+)?(?:\d{1,2},?[\s\u00a0]+)?\d{4},?[\s\u00a0]+(?:file[\s\u00a0]+)?|(?:undated[\s\u00a0]+|handout[\s\u00a0]+)?file[\s\u00a0]+)(?:photos?|images?|pictures?)(?:[\s\u00a0]+taken[^.]{0,60})?`;
// "… in this still image taken from video.", "… in this aerial photo.": a picture's noun with one of a
// picture's adjectives, closing the line.
const PICTURE_CLOSING = /(?<![\p{L}])in[\s\u00a0]+this[\s\u00a0]+(?:still|aerial|undated|handout|drone)[\s\u00a0]+(?:photo|image|picture)(?:[\s\u00a0]+taken[^.]{0,60})?\.?$/iu;
const PHOTO_CLOSING = new RegExp(`${PHOTO_PHRASE}\\.?$|\\((?:photo|image)[\\s\\u00a0]+d['’]archives?\\)\\.?$`, 'iu');
// "A view of the harbour behind the old fort at dusk.", "Vue du barrage au lever du jour.": what a
// picture shows, without a verb.
const VIEW_OF = /^(?:(?:A|An|The)[\s\u00a0]+(?:(?:general|aerial|partial|close-up|night)[\s\u00a0]+)?view[\s\u00a0]+of(?![\p{L}])|(?:Une[\s\u00a0]+vue|Vue(?:[\s\u00a0]+(?:générale|aérienne|partielle|d['’][\s\u00a0]*ensemble))?)[\s\u00a0]+(?:(?:de|du|des)(?![\p{L}])|d['’]))/u;

// "Michael Reid on the Honda at Ramsey during Saturday's race.", "Ann Cole at the parish hall.": a
// caption names who is in the picture and where, without a verb; prose says what they did.
const NAME_THEN_PLACE =
	/^\p{Lu}[\p{L}'’.-]+(?:[\s\u00a0]+\p{Lu}[\p{L}'’.-]+){1,3}[\s\u00a0]+(on|at|during|outside|inside|beside|alongside|à|au|lors|devant|pendant)[\s\u00a0]/u;
// (A verb in the present, "urges", "arrive", is any small word in -s not after a determiner; French
// "a signé" shows its participle; a past tense, "won", "took".)
const PAST_ALT = Object.values(EN_IRREGULAR_PAST).join('|');
const FINITE_VERB = new RegExp(
	String.raw`(?<![\p{L}])(?:is|are|were|has|have|will|would|can|could|does|do|says|est|sont|ont|était|étaient|sera|fut|avait)(?![\p{L}])|(?<![\p{L}])\p{Ll}{3,}(?:ed|é|ée|és|ées)(?![\p{L}])|(?<!(?:the|a|an|his|her|its|their|our|le|la|les|des|du|de|ses|leurs|un|une)[\s\u00a0]+)(?<![\p{L}'’])\p{Ll}{3,}s(?![\p{L}'’])|(?<![\p{L}])(?:${PAST_ALT})(?![\p{L}])`, 'u');

// "Party leader Anna Berg on polling day in Bavaria.", "Union chief Tom Reyes at the rally in
// Leeds.": a line alone that names someone, after nothing or their post, then where or when the
// picture shows them, in English words and without any verb ("Voters go to the polls in Germany on
// Sunday." names no one; "England meet New Zealand at the weekend." has no post before the name;
// French "on" is a pronoun).
const SOMEONE_SOMEWHERE = /^((?:\p{Lu}[^.!?;:«»“”"]{0,80}?[\s\u00a0])?)\p{Lu}[\p{L}’'-]+[\s\u00a0]+\p{Lu}[\p{L}’'-]+[\s\u00a0]+(?:on|at|during|outside|inside|beside|alongside)[\s\u00a0][^.!?]*\.$/u;
/** What stands before the name is nothing, or words that hold a post ("AfD top candidate"). */
function postOrNothing(before: string): boolean {
	const words = before.trim().split(/[\s\u00a0]+/u).filter(Boolean);
	return !words.length || words.some((w) => isRoleWord(w.toLowerCase()));
}

/** An English line that names someone after nothing or their post, then where or when, with no verb. */
function someoneSomewhere(s: string): boolean {
	const m = s.length <= 120 ? SOMEONE_SOMEWHERE.exec(s) : null;
	return !!m && postOrNothing(m[1]) && !FINITE_VERB.test(s) && !CLAUSE_OR_PARTICIPLE.test(s) && words(s) >= 5;
}

/** A caption in the present tense: one sentence, a verb of what the picture shows, its day or place; or a name and a place without a verb. */
function isPresentCaption(s: string, lang: Lang | null): boolean {
	if (s.length > 250 || /[.!?]["'»”’)]*[\s\u00a0]+\S/u.test(s)) return false;
	// (A name and a place as a sentence, with its full stop: a headline has none.)
	return (
		PHOTO_OPENING.test(s) ||
		PHOTO_CLOSING.test(s) ||
		PICTURE_CLOSING.test(s) ||
		// (In French a comma after "Vue de Paris" opens a clause: "…, la réforme semble lointaine".)
		(s.length <= 200 && VIEW_OF.test(s) && !(lang === 'fr' && s.includes(',')) && !FINITE_VERB.test(s)) ||
		(CAPTION_VERB.test(s) && WHEN_OR_WHERE.test(s)) ||
		// (French "on" is a pronoun: "Chez Paul Martin on mange bien.")
		(s.length <= 160 && /\.$/u.test(s) && !FINITE_VERB.test(s) && !(lang === 'fr' && NAME_THEN_PLACE.exec(s)?.[1] === 'on') && NAME_THEN_PLACE.test(s)) ||
		(lang === 'en' && someoneSomewhere(s)) ||
		(s.length <= 200 && NAME_SHOWN.test(s) && shownOnly(s.replace(NAME_SHOWN, ''))) ||
		PLACE_IN_PICTURE.test(s)
	);
}

// "James Campbell, 25, an office manager in Baldock, from Leys Avenue.", "John West of Baldock
// Hardware.": a vox pop names who speaks next, with an age, a trade or an address, and no verb.
const NAME_THEN_DETAILS = /^\p{Lu}[\p{L}'’-]+(?:[\s\u00a0]+\p{Lu}[\p{L}'’-]+){1,2}(?:,[\s\u00a0]|[\s\u00a0]+of[\s\u00a0]+\p{Lu})/u;
function speakerLabel(s: string): boolean {
	return (
		s.length <= 160 &&
		/\.$/u.test(s) &&
		// (One sentence: "Marie Dupont, 45 ans, a été tuée. Elle habitait Lyon." is prose.)
		!/[.!?][\s\u00a0]+\S/u.test(s) &&
		NAME_THEN_DETAILS.test(s) &&
		s.split(/[\s\u00a0]+/u).length <= 16 &&
		!FINITE_VERB.test(s) &&
		// ("died", "used": short verbs in -ed; a relative clause, a modal or a French verb has its verb:
		// "Jean Roux, 52 ans, doit comparaître", "Mark Smith, 34, must go to jail".)
		!LABEL_VERB.test(s) &&
		!/[«“"”]/u.test(s)
	);
}
// What FINITE_VERB leaves out in English: a modal or a relative pronoun opens a clause ("… who at the
// stall at Kew."); a headline's past participle tells what happened ("Ana Ruiz sworn in as Mayor of Vigo.").
const EN_MODAL_OR_RELATIVE = 'who|which|that|whose|must|may|might|should|shall|can|will|was|had|did';
const CLAUSE_OR_PARTICIPLE = new RegExp(`(?<![\\p{L}])(?:\\p{Ll}{2}ed|${EN_MODAL_OR_RELATIVE}|${EN_IRREGULAR_PARTICIPLE})(?![\\p{L}])`, 'u');
// (What FINITE_VERB leaves out: two-letter stems, a relative pronoun, a modal, French "a", "doit", "va".)
const LABEL_VERB = new RegExp(`(?<![\\p{L}])(?:\\p{Ll}{2}(?:ed|é|ée|és|ées)|qui|que|dont|${EN_MODAL_OR_RELATIVE}|a|doit|doivent|va|vont|risque|risquent)(?![\\p{L}])`, 'u');

// "Newfoundland singer Ron Hynes, shown in the 2010 documentary…", "Ann Cole, pictured at the
// parish hall": who the picture shows, set off by a comma, and no verb of its own.
const NAME_SHOWN = /^[^.!?;:]{3,90}?\p{Lu}[\p{L}'’.-]+,[\s\u00a0]+(?:shown|pictured|seen|photographed)[\s\u00a0]+(?:in|at|on|during|with|here|outside|inside|after|before)(?![\p{L}])/u;
/** What follows "shown in…" in a caption: where or when, no clause after a comma ("…, may still be in the city") and no verb. */
function shownOnly(rest: string): boolean {
	return !/,/u.test(rest) && !FINITE_VERB.test(rest) && !/(?<![\p{L}])(?:may|might|must|should|shall|can|could|would|will)(?![\p{L}])/iu.test(rest);
}

// "… à Dieppe. – Acadie Nouvelle: Devin Ashton-Beaucage": a dash, the outlet, a colon and the
// photographer closing a caption; a gallery flattens several in one line.
// An outlet's name (a few capitalised words), a colon and its photographer's name.
const OUTLET_NAME = String.raw`\p{Lu}[\p{L}’'.&-]*(?:[\s\u00a0]+\p{Lu}[\p{L}’'.&-]*){0,3}`;
// A photographer's name: two or three capitalised words.
const PERSON_NAME = String.raw`\p{Lu}[\p{L}’'-]+(?:[\s\u00a0]+\p{Lu}[\p{L}’'-]+){1,2}`;
const PHOTOGRAPHER = String.raw`[\s\u00a0]*:[\s\u00a0]*${PERSON_NAME}`;
const OUTLET_CREDIT = new RegExp(String.raw`[–—][\s\u00a0]*(${OUTLET_NAME})${PHOTOGRAPHER}(?=[\s\u00a0]*$|[\s\u00a0]+\p{Lu})`, 'gu');

// What a dash or a bracket and a colon introduce in prose or a list, not an outlet: "– Source :
// Statistique Canada", "– Best Director: Christopher Nolan", "— Chief Executive: Mary Barra", "— Pour :
// Marie Dupont", "(Buts : Kylian Mbappé)", "(Chart: Electoral Commission)", "(Reporting: Jane Smith)".
const NOT_AN_OUTLET_WORDS =
	'sources?|pour|contre|avec|with|by|par|best|meilleure?s?|chief|executive|director|directeur|directrice|présidente?|president|chair\\p{L}*|winner|lauréate?|vainqueur|coach|entraîneur|capitaine|captain|note|nb|prix|award|contact|tél\\p{L}*|phone|email|e-mail|adresse|address|buts?|goals?|scorers?|chart|graph\\p{L}*|graphique|related|reporting|read|lire|see|voir';
const NOT_AN_OUTLET = new RegExp(`^(?:${NOT_AN_OUTLET_WORDS})(?![\\p{L}])`, 'iu');

/** A caption, or captions flattened in a row, each closed by its outlet's credit. */
function creditedCaptions(s: string): boolean {
	const credits = [...s.matchAll(OUTLET_CREDIT)];
	if (!credits.length || credits.some((m) => NOT_AN_OUTLET.test(m[1]))) return false;
	const last = credits[credits.length - 1];
	if (last.index + last[0].length < s.trimEnd().length) return false;
	// Each caption before its credit is short.
	let from = 0;
	for (const m of credits) {
		if (m.index - from > 300) return false;
		from = m.index + m[0].length;
	}
	return true;
}

// A photo's credit closing a caption: "… (photo: L'essentiel)", "… for Team TTO. Photo: AP",
// "… in the city. (Yukon News/File)", "… Samoa, December 14, 2012. (ABC News: Dominique Schwartz)",
// "… 110 million years. Foto:HO / Agencia CTyS / AFP" (a Spanish page's "Foto"),
// "… in the village of Abarao, Kiribati. (New York Times photo)".
// The credit word opens the last sentence (after a dash: "… Team TTO. - Photo: AP") or a bracket ("…a single image: a country at peace" is prose).
const CLOSING_CREDIT_WORD = /(?:^|[.!?][\s\u00a0]+(?:[-–—][\s\u00a0]*)?|\()(?:photos?|fotos?|crédit[\s\u00a0]+photo|credit|image|photograph)[\s\u00a0]*:[\s\u00a0]*[^():\n]{1,60}\)?\.?$/iu;
// A page glued the credit word to the caption's last word, with its capital ("… of Prime Minister Eduard HegerImage: Petr Josek/AP").
const GLUED_CREDIT_WORD = /(?<=\p{Ll})(?:Photo|Image|Picture)[\s\u00a0]*:[\s\u00a0]*[^():\n]{1,80}$/u;
// "… (Picture by Ann Vale, 31161596)", "… (Photo courtesy of the club)", "… (Image d'illustration)";
// "… (Stock image)", "… (File photo)", "… (Photo d'archives)": a picture that shows no one of the story.
const CLOSING_CREDIT_BY = /\((?:pictures?|photos?|images?|photograph)[\s\u00a0]+(?:by|courtesy[\s\u00a0]+of)[\s\u00a0]+[^()]{2,60}\)\.?$|\((?:image|photo)[\s\u00a0]+d['’](?:illustration|archives?)\)\.?$|\((?:stock|file|library|archive|illustrative|representational)[\s\u00a0]+(?:image|photo|picture|photograph)\)\.?$/iu;
// "… in the village of Abarao. (New York Times photo)", "… three years ago. [AP Photo]": an outlet's
// name (a capital, so no "i" flag) and "photo", in brackets.
const CLOSING_NAMED_PHOTO = /(?:\(\p{Lu}[^()]{0,40}[\s\u00a0][Pp](?:hoto|icture)\)|\[\p{Lu}[^[\]]{0,40}[\s\u00a0][Pp](?:hoto|icture)\])\.?$/u;
const CLOSING_FILE_CREDIT = /\([^()/]{2,50}\/[\s\u00a0]*(?:[Ff]iles?|[Aa]rchives?|[Hh]andout|[Ss]upplied|[Ss]ubmitted|Getty Images|AFP|AP|Reuters)\)\.?$/u;
// "(ABC News: Dominique Schwartz)": an outlet (a word of the trade in its name) and its photographer.
const CLOSING_OUTLET_CREDIT = new RegExp(String.raw`\((${OUTLET_NAME})${PHOTOGRAPHER}\)\.?$`, 'u');
// "(Joe Laurence, Island News Agency)": the photographer, then the outlet.
// (Not with a full stop after it: "… a triumph (Mark Kermode, The Observer)." cites a critic.)
const CLOSING_PHOTOGRAPHER_OUTLET = new RegExp(String.raw`\(${PERSON_NAME},[\s\u00a0]*(${OUTLET_NAME})\)$`, 'u');
const MEDIA_WORD = /(?<![\p{L}])(?:News|Radio|TV|Télé|Television|Télévision|Press|Presse|Herald|Times|Post|Gazette|Tribune|Journal|Chronicle|Mail|Express|Observer|Echo|Écho|Courier|Courrier|Star|Standard|Telegraph|Mirror|Independent|Record|Media|Médias|Photos?|Images?|Pictures?|AFP|AP|Reuters|Getty|EPA|Keystone|Belga)(?![\p{L}])/u;
// "De gauche à droite : X, Y et Z", "From left: …", "(L-R)": who stands where in a picture (with a
// colon or in brackets: "De gauche à droite, toute la classe politique a condamné…" is prose).
const LEFT_TO_RIGHT = /(?:^|[.!?][\s\u00a0]+)(?:de[\s\u00a0]+gauche[\s\u00a0]+à[\s\u00a0]+droite|from[\s\u00a0]+left(?:[\s\u00a0]+to[\s\u00a0]+right)?|left[\s\u00a0]+to[\s\u00a0]+right)[\s\u00a0]*:|\((?:l-r|l to r|de g\.[\s\u00a0]*à[\s\u00a0]*d\.|from left)\)/iu;
// "Prime Minister Eduard Heger, right, is greeted by…", "Macron, à droite, serre la main…", "Ana, left,
// and her sister sit…": where someone stands in the picture, between commas after the name (a name
// written with small letters: "Les élus de LR, à droite, et du PS, à gauche, ont voté…" is prose).
const PLACE_IN_PICTURE = /^(?:[^.;:]{0,60}?[\s\u00a0,])?\p{Lu}\p{Ll}[\p{L}'’-]*(?:[\s\u00a0]+\p{Lu}[\p{L}'’-]+)?,[\s\u00a0]+(?:(?:second|third|far)[\s\u00a0]+)?(?:left|right|centre|center|à[\s\u00a0]+(?:gauche|droite)|au[\s\u00a0]+centre)[\s\u00a0]*,[\s\u00a0]+(?=\p{Ll})/u;

// "… in Halifax in this Feb 27, 2006 file photo. She died on Monday. THE CANADIAN PRESS/Ann Roy":
// a picture's own words inside the line, or an agency's credit in capitals and its photographer closing it.
// (The picture's words close their sentence: "… seen together in this 2019 photo, the lawyer told the court" is prose.)
const PHOTO_IN_LINE = new RegExp(`${PHOTO_PHRASE}\\.(?:[\\s\\u00a0]|$)`, 'iu');
const CAPITAL_AGENCY_CREDIT = /(?:^|[.!?][\s\u00a0]+)(?:THE[\s\u00a0]+)?\p{Lu}{2,}(?:[\s\u00a0]+\p{Lu}{2,}){0,2}[\s\u00a0]*\/[\s\u00a0]*\p{Lu}[\p{L}'’.-]+(?:[\s\u00a0]+\p{Lu}[\p{L}'’.-]+){0,2}(?:[\s\u00a0]*\([^()]{2,40}\))?\.?$/u;

/** A caption of a few sentences: a photo's credit closes it, or it says who stands where. */
function longerCaption(s: string): boolean {
	if (LEFT_TO_RIGHT.test(s) || PHOTO_IN_LINE.test(s) || CAPITAL_AGENCY_CREDIT.test(s.slice(-120))) return true;
	const tail = s.slice(-80);
	if (CLOSING_CREDIT_WORD.test(s) || GLUED_CREDIT_WORD.test(s) || CLOSING_FILE_CREDIT.test(tail) || CLOSING_CREDIT_BY.test(tail) || CLOSING_NAMED_PHOTO.test(tail)) return true;
	const outlet = CLOSING_OUTLET_CREDIT.exec(tail)?.[1] ?? CLOSING_PHOTOGRAPHER_OUTLET.exec(tail)?.[1];
	return !!outlet && MEDIA_WORD.test(outlet) && !NOT_AN_OUTLET.test(outlet);
}

// "epaselect epa08593345 A general view of…": a wire photo's caption opens on the agency's picture code.
const PICTURE_CODE = /^(?:epaselect[\s\u00a0]+)?epa\d{8}[\s\u00a0]/iu;
// "( GRIFFITH UNIVERSITY / Maxime AUBERT )": a credit in brackets, a body and a name, closing the line.
const SLASHED_CREDIT_END = /\([^()]{2,60}\/[^()]{2,60}\)\.?$/u;
// A blog's caption markup kept as text: "[caption id="attachment_30232" width="1024"]La mer…[/caption]".
const CAPTION_SHORTCODE = /^\[caption[\s\]]|\[\/caption\]$/iu;
// "Image fournie par Maxime Aubert de l'université… ( GRIFFITH UNIVERSITY / Maxime AUBERT )": a picture
// handed out, described and credited (without its credit, "Une photo diffusée par la police montre…" is prose).
const SUPPLIED_IMAGE = /^(?:(?:une?[\s\u00a0]+)?(?:image|photo|photographie)[\s\u00a0]+(?:fournie|diffusée|transmise)[\s\u00a0]+par|(?:an?[\s\u00a0]+)?(?:handout[\s\u00a0]+)?(?:image|photo|picture)[\s\u00a0]+(?:provided|supplied|released|handed[\s\u00a0]+out)[\s\u00a0]+by)(?![\p{L}])/iu;

/** "Handout picture released by…", "Image fournie par…": a line that opens like a picture's caption. */
export const opensLikeCaption = (p: string) => SUPPLIED_IMAGE.test(p.trim());

/** A photo caption or credit line: short (a gallery's row of credited captions may be longer), and carrying a credit. */
export function isCaption(p: string, lang: Lang | null = null): boolean {
	const s = p.trim();
	if (PICTURE_CODE.test(s) || CAPTION_SHORTCODE.test(s) || (SUPPLIED_IMAGE.test(s) && SLASHED_CREDIT_END.test(s))) return true;
	if (s.length <= 1500 && creditedCaptions(s)) return true;
	if (s.length <= 600 && (longerCaption(s) || takenOn(s))) return true;
	if (s.length > 300) return false;
	if (CREDIT.test(s) || COURTESY_LINE.test(s) || PHOTO_CAPITALS.test(s) || isReportingCredit(s) || SHARE_OPENING.test(s) || isPresentCaption(s, lang) || speakerLabel(s)) return true;
	// "Le président à Alger, le 9 octobre 2022. AFP"
	return s.length <= 220 && AGENCY_TAIL.test(s) && !/[«“"]/u.test(s);
}

// "… in Lima, Peru May 3, 2021. Picture taken May 3, 2021. REUTERS": a wire picture's caption says
// the day the picture was taken, in a sentence of its own.
const PICTURE_TAKEN = /(?:^|[.!?][\s\u00a0]+)Picture[\s\u00a0]+taken[\s\u00a0]+(?:on[\s\u00a0]+)?(?:\p{Lu}\p{Ll}+[\s\u00a0]+\d{1,2},?[\s\u00a0]+\d{4}|\d{1,2}[\s\u00a0]+\p{Lu}\p{Ll}+[\s\u00a0]+\d{4}|\p{Lu}\p{Ll}+[\s\u00a0]+\d{4})/u;
function takenOn(s: string): boolean {
	return PICTURE_TAKEN.test(s);
}

// Promos for a broadcast or the site: "à suivre en direct sur…", "Watch live on…", "Listen to the
// podcast", "Retrouvez notre dossier…", "Follow us on…".
const PROMO =
	/^(?:(?:à |a )?(?:suivre|revoir|regarder|écouter|retrouver|voir) (?:en direct|en replay|l['’]émission|le replay|notre|nos|la vidéo|sur)|(?:suivez|retrouvez|regardez|écoutez|découvrez|abonnez)(?:-nous)?\b|(?:watch|listen|stream|follow us|sign up|subscribe|tune in|catch up|download the)\b.*\b(?:live|on|podcast|app|now|here|newsletter)\b|(?:en direct|live)\s*[:|-])/iu;
// "Grimpez avec notre équipe à bord de…", "Join our crew aboard…": the page inviting its reader along.
const INVITATION = /^(?:\p{L}+ez(?:-nous)?[\s\u00a0]+(?:avec[\s\u00a0]+(?:nous|notre|nos)|à[\s\u00a0]+bord|dans[\s\u00a0]+les[\s\u00a0]+coulisses)|(?:join|come|ride|climb|fly|go)[\s\u00a0]+(?:us|with[\s\u00a0]+us|our[\s\u00a0]+(?:team|crew|reporters?))\b)/iu;

/** Site labels and stray interface words: a line of one to three of them ("Advertising Read more"), no prose. */
const LABEL =
	/^(?:(?:advertisement|advertising|publicité|pub|sponsored|shares?|partages?|logo|menu|x|close|fermer|installer|install|latest headlines|top stories|à la une|breaking(?: news)?|live|direct|video|vidéo|en images|more|plus|lire la suite|read more|newsletter|accueil|home|\d+ of \d+|\d+ sur \d+)\s*[|:.-]?\s*){1,3}$/iu;

/**
 * Not prose at all: a row of a table or an infobox flattened into cells ("Designated | 9 October
 * 1981 |"), wiki markup ("{{Infobox …}}", "|access-date=…"), a navigation bar, an embedded post
 * ("— Name (@handle) January 11, 2024", "pic.twitter.com/…"), a wiki hatnote.
 */
export function isMarkup(p: string): boolean {
	const s = p.trim();
	if (/\{\{|\}\}|^\|[\w -]+=|^\[\[|^<[a-z]/iu.test(s)) return true;
	// An image's file name on its own line ("AFP__20190928__1KQ5Y2__v1__MidRes.jpg").
	if (/^[\w.-]+\.(?:jpe?g|png|gif|webp|tiff?|svg)$/iu.test(s)) return true;
	if (/(?<![\w.])@\w{2,}(?![\w.]*\.\w{2,})|pic\.twitter\.com|(?:^|\s)[—–-]\s*[\p{L} .'-]+\(@\w+\)|^@\w+|https?:\/\/\S+$/iu.test(s)) return true;
	if (/^(?:pour les articles homonymes|for other uses|not to be confused with|this article is about|géolocalisation sur la carte|sommaire|contents|coordonnées|coordinates)\b/iu.test(s))
		return true;
	const cells = s.split('|').map((c) => c.trim());
	if (cells.length >= 2) {
		// Every cell short, none a sentence: a table row, an infobox line or a menu.
		const prose = cells.some((c) => c.split(/\s+/u).length > 14 || (/[.!?]$/u.test(c) && c.split(/\s+/u).length > 8));
		if (!prose) return true;
	}
	return false;
}

// A browser notice opening its line ("Your web browser is no longer supported…"; a quotation of one is news).
const BROWSER_NOTICE =
	/^(?:(?:your|votre) (?:web )?(?:browser|navigateur) (?:is (?:no longer|not) supported|is out of date|is outdated|n['’]est (?:plus|pas) (?:supporté|pris en charge)|est obsolète)|update your browser|mettez à jour votre navigateur|(?:please )?enable javascript|activez (?:le )?javascript)/iu;
// Site banners: app prompts, accessibility links, sales, cookie and sign-in bars; a theme's "Site
// icon" before the site's name.
const BANNER =
	/^site icon[\s\u00a0]|(?:télécharger l['’]application|download (?:the|our) app|^(?:aller|passer) au contenu|skip to (?:main )?content|activer le contraste|contraste adapté|économisez|jusqu['’]à \d+ ?% de réduction|profiter des soldes|offre (?:spéciale|d['’]abonnement)|abonnez-vous|subscribe now|sign in to|se connecter|créer un compte|je crée mon compte|bienvenue sur)/iu;
// "Save 40% when you subscribe to…", "Trois numéros offerts en vous abonnant": an offer (a share, a
// price, "free") to subscribe, no one's words ("…if you subscribe to a bundle, Ofcom said").
const SUBSCRIBE = /(?<![\p{L}])(?:save|get|enjoy)(?![\p{L}])[^.!?]{0,40}(?:when|if)[\s\u00a0]+you[\s\u00a0]+subscribe|en[\s\u00a0]+vous[\s\u00a0]+abonnant/iu;
const OFFER = /\d[\s\u00a0]?%|[£$€][\s\u00a0]?\d|\d[\s\u00a0]?(?:€|euros?)|(?<![\p{L}])(?:free|gratuite?s?|offerte?s?)(?![\p{L}])/iu;
// Someone's words: a verb of saying, or "selon", "according to" (also what tells a page note from reported speech).
const SPEECH = String.raw`(?<![\p{L}])(?:said|says|told|explained|according|selon|a[\s\u00a0]+(?:averti|déclaré|dit|expliqué|indiqué|précisé|affirmé|rappelé)|explique|précise|indique|affirme|déclare|estime)(?![\p{L}])`;
const SAID = new RegExp(SPEECH, 'iu');
const subscriptionOffer = (s: string) => SUBSCRIBE.test(s) && OFFER.test(s) && !SAID.test(s);

// Where the story was first published, the page's own scroll prompts and its note before a press
// release: "This story was originally posted by Stateline…", "Cet article a été initialement publié
// sur…", "Scroll down for video", "Nous publions le communiqué de l’ARS ci-dessous.".
const SYNDICATION =
	/^(?:this (?:story|article|piece|post) (?:was |is )?(?:originally|first) (?:published|posted|appeared|ran)|(?:republished|reprinted|reproduced) (?:with permission )?(?:from|by|courtesy)|cet article (?:a été |est )?(?:initialement|originellement|d['’]abord) (?:publié|paru)|article (?:initialement|originellement) (?:publié|paru)|scroll down for (?:video|more)|faites défiler|nous (?:publions|reproduisons|relayons) (?:[^.]{0,80}?(?:ci-dessous|ci-après|in extenso|intégralement)[.:]?$|(?:ci-dessous|ci-après|in extenso|intégralement) )|we (?:publish|reproduce|republish) (?:[^.]{0,80}?(?:below|in full)[.:]?$|below ))/iu;

// "Trois jours de course sont à vivre sur nos ondes", "Follow the count live on our website": the
// page inviting its reader to its own broadcast or site (not a director saying "sur nos antennes").
const OWN_MEDIA =
	/(?<![\p{L}])(?:(?:sur|à|via)[\s\u00a0]+(?:nos[\s\u00a0]+ondes|notre[\s\u00a0]+antenne|nos[\s\u00a0]+antennes|notre[\s\u00a0]+site|notre[\s\u00a0]+chaîne|notre[\s\u00a0]+application)|(?:on|via)[\s\u00a0]+our[\s\u00a0]+(?:website|site|app|channel|airwaves|station|live[\s\u00a0]?blog|podcast))(?![\p{L}])/iu;
const PAGE_INVITES = /(?<![\p{L}])(?:à[\s\u00a0]+(?:suivre|vivre|voir|revoir|écouter|retrouver)|retrouvez|suivez|follow|watch|listen|live|en[\s\u00a0]+direct)(?![\p{L}])/iu;
const REPORTED = new RegExp(String.raw`[«»“”"‘]|${SPEECH}`, 'iu');

/**
 * A sentence of the page about itself, inside a paragraph of the story: an invitation along
 * ("Grimpez avec notre équipe à bord…"), the note before a release it reprints ("Nous publions le
 * communiqué ci-dessous."), its own broadcast ("… à vivre sur nos ondes"), outside reported speech.
 */
export function isPageNote(sentence: string): boolean {
	const s = sentence.trim();
	return INVITATION.test(s) || SYNDICATION.test(s) || (OWN_MEDIA.test(s) && PAGE_INVITES.test(s) && !REPORTED.test(s));
}

// A wire's note on what its update added, alone on its line: "(Adds quote from official, context from report)".
const WIRE_UPDATE_NOTE = /^\((?:adds|updates|recasts|corrects|changes|repeats|fixes|refiles|rewrites|writes[\s\u00a0]+through|moves)[\s\u00a0][^()]{2,120}\)$/iu;

// A trust badge's link: "Pourquoi faire confiance à Francopresse ?", "Why Trust The Herald?", "Why trust
// us" — the outlet by its capital ("Why trust a government that lied?" is a question of the story).
const TRUST_BADGE = /^(?:[Pp]ourquoi (?:nous )?faire confiance à (?:l['’]|la |le )?\p{Lu}[^.!?]{0,40}[\s\u00a0]?[.?]?|[Ww]hy (?:[Yy]ou [Cc]an )?[Tt]rust (?:[Uu]s|(?:[Tt]he )?\p{Lu}[^.!?]{0,40})\??)$/u;

export function isPromo(p: string): boolean {
	const s = p.trim();
	return (s.length <= 200 && (PROMO.test(s) || TRUST_BADGE.test(s) || INVITATION.test(s) || BANNER.test(s) || WIRE_UPDATE_NOTE.test(s) || BROWSER_NOTICE.test(s) || SYNDICATION.test(s) || subscriptionOffer(s))) || (s.length <= 400 && COMMENT_RULES.test(s));
}

// A comment box's rules, a few sentences long ("Ne vous éloignez pas du sujet de discussion ; les
// insultes… ne sont pas tolérées…", "Votre commentaire apparaîtra après modération…").
const COMMENT_RULES = /^(?:votre commentaire (?:apparai|apparaî|sera)|ne vous [ée]loignez pas du sujet|(?:your )?comments? (?:will appear|are moderated|is awaiting moderation)|leave a (?:comment|reply)|laisser un commentaire)/iu;

export function isLabel(p: string): boolean {
	const s = p.trim();
	// ("---", "• 0", "--:--", "12 | 4": a rule, a player's counters, a share count, no word at all.)
	return s.length <= 40 && (LABEL.test(s) || !/\p{L}/u.test(s));
}

/**
 * An entry of a list of prizes: "Prix du jury : Le Fleuve de Ana Ruiz (Chili/France) [Zeta Films,
 * 27/09]", "Best Actor: Tom Reid for "Salt" (UK/Ireland)". A short label without a comma or a verb of
 * saying, a colon, then a work with its countries of production (one named at least, not a party's
 * letters: "Le député Jean Roy (LR/UDI) a réagi : « … »" is prose) or its distributor and release day;
 * no sentence.
 */
export function isAwardListEntry(p: string): boolean {
	const s = p.trim();
	const label = AWARD_LABEL.exec(s);
	if (!label || SAYING_IN_LABEL.test(label[0]) || s.length > 300 || /[.!?…]$/u.test(s)) return false;
	const entry = s.slice(label[0].length);
	// (A title may be quoted, "« Les Feuilles mortes »"; a sentence in quotation marks is someone speaking.)
	if (/[«“"][\s\u00a0]*[^\s\u00a0»”"]+(?:[\s\u00a0]+[^\s\u00a0»”"]+){6}/u.test(entry)) return false;
	return PRODUCTION_COUNTRIES.test(entry) || RELEASE_TAG.test(entry);
}
const AWARD_LABEL = /^[^.!?:,«»“”"]{3,90}[\s\u00a0]?:[\s\u00a0]/u;
// "a réagi :", "said:", "déclare :": a label that is a clause of saying opens a quotation.
const SAYING_IN_LABEL = /(?<![\p{L}])(?:a|ont|has|have|had)[\s\u00a0]+\p{Ll}+|(?<![\p{L}])(?:said|says|told|declared|added|déclare|affirme|explique|ajoute|réagit|lance)(?![\p{L}])/u;
// "(Roumanie/Luxembourg/France)", "(UK/Ireland)": the countries a film was made in, one named at least.
const COUNTRY = String.raw`(?:\p{Lu}\p{Ll}[\p{L}-]*(?:[\s\u00a0]+\p{L}[\p{L}-]+)?|UK|USA|US|UAE|EAU|RDC)`;
const PRODUCTION_COUNTRIES = new RegExp(String.raw`\((?=[^)]*\p{Lu}\p{Ll})${COUNTRY}(?:[\s\u00a0]*\/[\s\u00a0]*${COUNTRY})+\)`, 'u');
// "[Météore Films, 27/09]": a distributor and a release day in brackets.
const RELEASE_TAG = /\[[^\]]{2,60},[\s\u00a0]*\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\]$/u;

/**
 * A crosshead: a short line between two paragraphs of prose, without a sentence's end (or a short
 * question a section opens with), which is not a quotation.
 */
export function isCrosshead(p: string, next: string | null): boolean {
	const s = p.trim();
	if (!next || s.length > 120 || words(s) > 16 || words(s) < 1) return false;
	if (!/^[\p{Lu}\p{N}«“"]/u.test(s)) return false;
	if (/[,;:]$/.test(s)) return false;
	// The next paragraph must be prose: longer and ending like a sentence (or cut off).
	const n = next.trim();
	if (n.length < Math.max(2 * s.length, 80)) return false;
	if (SENTENCE_END.test(s) && !/\?$/.test(s)) {
		// A quoted line used as a crosshead: « Je préfère me taire »
		return /^[«“"].*[»”"]$/u.test(s) && words(s) <= 8;
	}
	return true;
}

/**
 * Where the last sentence starts when the text stops mid-sentence (a paste cut at a length limit):
 * the offset inside `p` after the last sentence end, 0 when the whole paragraph is a fragment, or
 * -1 when `p` ends like a sentence (or is too short to judge).
 */
export function cutOffStart(p: string): number {
	const s = p.replace(/[\s\u00a0\u202f]+$/u, '');
	if (SENTENCE_END.test(s) || /[:;]$/.test(s)) return -1;
	// A closing quote or bracket alone ends a quoted sentence.
	if (/[»”")\]]$/u.test(s)) return -1;
	if (words(s) < 4) return -1;
	// "…the nickname Castle Terrible. [1] By 1842, the remaining…": a footnote marker after the full
	// stop still ends the sentence (the whole paragraph was taken for the cut-off one).
	const re = /[.!?…]["'»”’)\]]*(?:[\s\u00a0\u202f]*\[\d{1,3}\])*[\s\u00a0\u202f]+(?=[\p{Lu}«“"\p{N}])/gu;
	let last = -1;
	for (let m = re.exec(s); m; m = re.exec(s)) last = m.index + m[0].length;
	return last === -1 ? 0 : last;
}
