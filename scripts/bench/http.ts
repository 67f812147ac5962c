// HTTP benchmark: the built server (npm run build) under autocannon, 50 connections.
// 1. the review action (POST /review?/rate, as the review page sends it with JavaScript) by 50
//    signed-in students, each rating their own cards with fresh review ids;
// 2. a bare endpoint in the same server (/healthz/live: the hooks, nothing else) for comparison;
// 3. the review load again while a teacher keeps sending a 400,000-character article to the
//    engine (which runs in the compute pool, not on the thread that answers).
// Reported: requests per second for 1 and 2 and their ratio, p99 latency of 1 and 3, and the
// server's peak resident memory (VmHWM, worker threads included), also as it stood before 3.
import { execSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { seedClass, startServer, waitUp, type LoadStudent } from '../../tests/support/load-world';

const STUDENTS = 50;
const CARDS_PER_STUDENT = 40;
const PORT = 4391;
const BASE = `http://127.0.0.1:${PORT}`;

function peakRssMb(server: ChildProcess): number {
	const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
	const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
	return kb / 1024;
}

/** 50 connections; each takes the next student and rates that student's cards in turn. */
export function reviewLoad(students: LoadStudent[], seconds: number, base = BASE, connections = STUDENTS, first = 0) {
	let next = first;
	return autocannon({
		url: base,
		connections,
		duration: seconds,
		requests: [
			{
				method: 'POST',
				path: '/review?/rate',
				setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => {
					if (context.student === undefined) context.student = next++ % students.length;
					const student = students[context.student as number];
					const turn = ((context.turn as number | undefined) ?? 0) + 1;
					context.turn = turn;
					const body = new URLSearchParams({ cardId: student.cards[turn % student.cards.length], reviewId: randomUUID(), rating: String(1 + (turn % 4)), durationMs: '4000' });
					return {
						...req,
						headers: {
							cookie: student.cookie,
							origin: base,
							accept: 'application/json',
							'x-sveltekit-action': 'true',
							'content-type': 'application/x-www-form-urlencoded'
						},
						body: body.toString()
					};
				}
			}
		]
	});
}

/** Keeps sending a long article to the engine until `stop` says so. */
async function engineLoad(article: string, teacherCookie: string, stop: () => boolean): Promise<{ sent: number; read: number; ms: number }> {
	let sent = 0;
	let read = 0;
	let ms = 0;
	while (!stop()) {
		const started = performance.now();
		const form = new FormData();
		form.set('text', article);
		form.set('title', '');
		form.set('published', '');
		const response = await fetch(`${BASE}/teach/sets/new`, {
			method: 'POST',
			headers: { cookie: teacherCookie, origin: BASE, accept: 'application/json', 'x-sveltekit-action': 'true' },
			body: form
		});
		// A set was made when the action answers with its redirect to the new set.
		if (((await response.json()) as { type?: string }).type === 'redirect') read++;
		ms += performance.now() - started;
		sent++;
	}
	return { sent, read, ms };
}

/** 400,000 characters of news prose: the seed article's paragraphs again and again, numbers shifted per copy. */
function longArticle(): string {
	const seed = readFileSync('tests/fixtures/articles/000_ff880fe1591cdf84.txt', 'utf8');
	const paragraphs = seed.split(/\n\s*\n/).filter((p) => p.split(' ').length > 12);
	let text = paragraphs.join('\n\n');
	for (let i = 0; text.length < 400_000; i++) text += '\n\n' + paragraphs[i % paragraphs.length].replace(/\d+/g, (d) => String(Number(d) + i));
	return text.slice(0, 400_000);
}

export async function run({ quick }: { quick: boolean }): Promise<Record<string, number>> {
	if (!existsSync('build/handler.js') || !existsSync('build/workers/compute-worker.js')) execSync('npm run --silent build', { stdio: 'inherit' });
	const seconds = quick ? 4 : 10;
	const dir = mkdtempSync(join(tmpdir(), 'lectio-http-'));
	const path = join(dir, 'bench.db');
	const { students, teacherCookie } = await seedClass(path, { students: STUDENTS, cards: CARDS_PER_STUDENT });
	const server = startServer(PORT, path);
	try {
		await waitUp(BASE);
		// Warm-up: the first requests compile the routes' code paths.
		await autocannon({ url: `${BASE}/healthz/live`, connections: 10, duration: 1 });
		const review = await reviewLoad(students, seconds);
		const bare = await autocannon({ url: `${BASE}/healthz/live`, connections: STUDENTS, duration: seconds });
		// The peak so far, before any article: what the reviews alone cost, beside the overall peak.
		const rssBeforeEngine = peakRssMb(server);
		let done = false;
		const articles = engineLoad(longArticle(), teacherCookie, () => done);
		await new Promise((r) => setTimeout(r, 300));
		const during = await reviewLoad(students, seconds);
		done = true;
		const engine = await articles;
		if (engine.read === 0) throw new Error('no article was read during the engine load');
		const failed = review.non2xx + review.errors + during.non2xx + during.errors;
		if (failed > 0) throw new Error(`${failed} review requests failed`);
		console.log(`articles read during the second review load: ${engine.read} of ${engine.sent}, ${Math.round(engine.ms / engine.sent)} ms each`);
		return {
			reviewReqPerSec: Math.round(review.requests.average),
			bareReqPerSec: Math.round(bare.requests.average),
			ratio: review.requests.average / bare.requests.average,
			p99Ms: review.latency.p99,
			p99MsDuringEngine: during.latency.p99,
			rssMb: Math.round(peakRssMb(server)),
			rssMbBeforeEngine: Math.round(rssBeforeEngine)
		};
	} finally {
		server.kill('SIGTERM');
		rmSync(dir, { recursive: true, force: true });
	}
}
