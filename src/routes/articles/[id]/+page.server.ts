import { error } from '@sveltejs/kit';
import { getStore } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guards';
import { getArticleForReader } from '$lib/server/services/articles';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const user = requireUser(event);
	const article = await getArticleForReader(getStore(), user, event.params.id);
	if (!article) error(404, 'Not Found');
	return { article, selected: event.url.searchParams.get('q'), back: user.role === 'teacher' ? '/teach' : '/study' };
}) satisfies PageServerLoad;
