/**
 * `build` runs once per connection (or per object it is given) and its result is reused: for the
 * SQLite statements that run on every answer, prepared once instead of per call.
 */
export function perConnection<K extends object, V>(build: (key: K) => V): (key: K) => V {
	const built = new WeakMap<K, V>();
	return (key) => {
		let v = built.get(key);
		if (v === undefined) built.set(key, (v = build(key)));
		return v;
	};
}
