// Liveness: the process answers, nothing more (no database). /healthz is readiness (a write works).
// The HTTP benchmark also uses it as the "bare endpoint" the review action is compared with.
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => new Response('ok', { headers: { 'content-type': 'text/plain', 'cache-control': 'no-store' } });
