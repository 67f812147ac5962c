// Client state of the card on screen: revealed or not, the review id to send, time spent, and
// the keyboard. The server decides which card comes next (the page reloads its data after each
// answer), so this class only lives as long as one card is shown.
export function newReviewId(fallback: string): string {
	if (typeof crypto !== 'undefined') {
		if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
		// crypto.randomUUID needs a secure context; a school LAN over plain http has only getRandomValues.
		if (typeof crypto.getRandomValues === 'function') {
			const b = crypto.getRandomValues(new Uint8Array(16));
			b[6] = (b[6] & 0x0f) | 0x40;
			b[8] = (b[8] & 0x3f) | 0x80;
			const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
			return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
		}
	}
	return fallback;
}

export interface KeyActions {
	reveal(): void;
	rate(grade: 1 | 2 | 3 | 4): void;
	undo(): void;
}

export class ReviewSession {
	revealed = $state(false);
	pending = $state(false);
	readonly reviewId: string;
	readonly undoId: string;
	private readonly shownAt: number;

	constructor(opts: { revealed: boolean; serverReviewId: string; serverUndoId: string; now?: number }) {
		this.revealed = opts.revealed;
		this.reviewId = newReviewId(opts.serverReviewId);
		this.undoId = newReviewId(opts.serverUndoId);
		this.shownAt = opts.now ?? Date.now();
	}

	reveal() {
		this.revealed = true;
	}

	/** Time on this card so far, for the review log. */
	durationMs(now = Date.now()): number {
		return Math.max(0, now - this.shownAt);
	}

	/** Space shows, 1–4 answer once shown, Ctrl/Cmd+Z undoes; typing in a field is left alone. */
	handleKey(e: KeyboardEvent, actions: KeyActions): void {
		if (e.defaultPrevented || e.altKey) return;
		const t = e.target as HTMLElement | null;
		if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
		if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z') {
			e.preventDefault();
			actions.undo();
			return;
		}
		if (e.ctrlKey || e.metaKey || this.pending) return;
		if (e.key === ' ' || e.code === 'Space') {
			// Space on a button would also click it: keep one meaning.
			e.preventDefault();
			if (!this.revealed) actions.reveal();
			return;
		}
		if (this.revealed && /^[1-4]$/.test(e.key)) {
			e.preventDefault();
			actions.rate(Number(e.key) as 1 | 2 | 3 | 4);
		}
	}
}

/** Tells the server the browser's UTC offset, so "today" (caps, streak, charts) is the student's day. */
export function rememberTimezone(cookieName: string): void {
	const offset = -new Date().getTimezoneOffset();
	const secure = location.protocol === 'https:' ? '; secure' : '';
	document.cookie = `${cookieName}=${offset}; path=/; max-age=31536000; samesite=lax${secure}`;
}
