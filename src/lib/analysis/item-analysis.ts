// Classical item analysis of one quiz: how easy each question was (facility) and whether it
// separates the students who know the article from those who do not (discrimination).
// Pure: plain data in, plain data out.

export interface AnalysedQuestion {
	id: string;
	type: string;
	answer: string;
	choices: string[];
}

export interface AnalysedAttempt {
	studentId: string;
	/** The student's total (share of their questions right, 0..1): what the groups are cut on. */
	score: number;
	answers: { questionId: string; response: string; correct: boolean }[];
}

export interface ChoiceCount {
	choice: string;
	count: number;
	isAnswer: boolean;
}

export interface ItemStats {
	questionId: string;
	/** Students who answered it (a question added after some attempts has fewer). */
	answered: number;
	correct: number;
	/** Share of those who answered who got it right; null when nobody answered. */
	facility: number | null;
	/** Share right in the top third minus share right in the bottom third; null under 3 students. */
	discrimination: number | null;
	/** The weaker students do better than the stronger ones: the question or its key is suspect. */
	negative: boolean;
	/** mcq/whosaid: how often each choice was picked. */
	choiceCounts: ChoiceCount[] | null;
	/** mcq/whosaid: wrong choices nobody picked (they distract no one). */
	unusedDistractors: string[];
}

export const MIN_STUDENTS_FOR_DISCRIMINATION = 3;
/** A distractor nobody chose says something only once enough students have answered. */
export const MIN_ANSWERS_FOR_UNUSED = 5;

/**
 * Upper and lower thirds by total score. With n students each group holds floor(n / 3) of them;
 * ties are broken by student id so the result does not depend on the order the rows came in.
 */
export function thirds(attempts: AnalysedAttempt[]): { upper: AnalysedAttempt[]; lower: AnalysedAttempt[] } | null {
	if (attempts.length < MIN_STUDENTS_FOR_DISCRIMINATION) return null;
	const sorted = [...attempts].sort((a, b) => b.score - a.score || a.studentId.localeCompare(b.studentId));
	const k = Math.floor(sorted.length / 3);
	return { upper: sorted.slice(0, k), lower: sorted.slice(sorted.length - k) };
}

function shareCorrect(group: AnalysedAttempt[], questionId: string): number | null {
	let answered = 0;
	let correct = 0;
	for (const a of group) {
		const ans = a.answers.find((x) => x.questionId === questionId);
		if (!ans) continue;
		answered++;
		if (ans.correct) correct++;
	}
	return answered ? correct / answered : null;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function analyseItems(questions: AnalysedQuestion[], attempts: AnalysedAttempt[]): ItemStats[] {
	const groups = thirds(attempts);
	return questions.map((q) => {
		const answers = attempts.flatMap((a) => a.answers.filter((x) => x.questionId === q.id));
		const correct = answers.filter((x) => x.correct).length;
		let discrimination: number | null = null;
		if (groups) {
			const up = shareCorrect(groups.upper, q.id);
			const low = shareCorrect(groups.lower, q.id);
			if (up !== null && low !== null) discrimination = round(up - low);
		}
		let choiceCounts: ChoiceCount[] | null = null;
		let unusedDistractors: string[] = [];
		if ((q.type === 'mcq' || q.type === 'whosaid') && q.choices.length) {
			choiceCounts = q.choices.map((choice) => ({
				choice,
				count: answers.filter((x) => x.response === choice).length,
				isAnswer: choice === q.answer
			}));
			if (answers.length >= MIN_ANSWERS_FOR_UNUSED) unusedDistractors = choiceCounts.filter((c) => !c.isAnswer && c.count === 0).map((c) => c.choice);
		}
		return {
			questionId: q.id,
			answered: answers.length,
			correct,
			facility: answers.length ? round(correct / answers.length) : null,
			discrimination,
			negative: discrimination !== null && discrimination < 0,
			choiceCounts,
			unusedDistractors
		};
	});
}
