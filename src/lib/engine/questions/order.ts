// An order question stores its items in display order and, in answerValue, their display indices
// in the right order ("2,0,1"). Shared by the editor, the exports and anything that shows the answer.

/** Items of an order question in the right order; the display order when answerValue does not fit. */
export function orderItemsInAnswerOrder(q: { choices: string[]; answerValue: string }): string[] {
	const order = q.answerValue.split(',').map((s) => Number(s.trim()));
	if (order.length !== q.choices.length || order.some((i) => !(i >= 0 && i < q.choices.length))) return q.choices;
	return order.map((i) => q.choices[i]);
}
