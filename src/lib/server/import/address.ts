// Which network addresses a URL import may connect to. The server fetches pages for teachers, so a
// typed URL must not reach the machine itself, the school's private network or a cloud provider's
// metadata service (which hands out credentials): every address a host resolves to is classified
// here, and only 'public' ones are fetched (plus 'loopback' and 'private' with IMPORT_ALLOW_PRIVATE).
import { isIP } from 'node:net';

export type AddressKind = 'public' | 'loopback' | 'private' | 'link-local' | 'unspecified' | 'multicast' | 'metadata' | 'reserved' | 'invalid';

/** Host names of metadata services, refused before any lookup (they resolve to link-local addresses anyway). */
const METADATA_HOSTS = new Set(['metadata.google.internal', 'metadata', 'metadata.goog', 'instance-data', 'instance-data.ec2.internal']);

export function isMetadataHost(hostname: string): boolean {
	return METADATA_HOSTS.has(hostname.toLowerCase().replace(/\.+$/, ''));
}

function v4Bytes(address: string): number[] | null {
	const parts = address.split('.');
	if (parts.length !== 4) return null;
	const bytes = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
	return bytes.every((b) => b >= 0 && b <= 255) ? bytes : null;
}

/** The eight 16-bit groups of an IPv6 address (a zone "%eth0" ignored, a dotted IPv4 tail read). */
function v6Groups(address: string): number[] | null {
	let s = address.replace(/%.*$/, '').toLowerCase();
	const tail = /:(\d+\.\d+\.\d+\.\d+)$/.exec(s);
	if (tail) {
		const b = v4Bytes(tail[1]);
		if (!b) return null;
		s = `${s.slice(0, tail.index)}:${((b[0] << 8) | b[1]).toString(16)}:${((b[2] << 8) | b[3]).toString(16)}`;
	}
	const halves = s.split('::');
	if (halves.length > 2) return null;
	const parse = (h: string) => (h ? h.split(':') : []);
	const head = parse(halves[0]);
	const rest = halves.length === 2 ? parse(halves[1]) : [];
	const missing = 8 - head.length - rest.length;
	if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
	const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...rest];
	if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
	return groups.map((g) => parseInt(g, 16));
}

function classifyV4([a, b, c, d]: number[]): AddressKind {
	if (a === 169 && b === 254 && c === 169 && d === 254) return 'metadata';
	// Alibaba Cloud's metadata service (inside the shared 100.64/10 range).
	if (a === 100 && b === 100 && c === 100 && d === 200) return 'metadata';
	if (a === 0) return 'unspecified';
	if (a === 127) return 'loopback';
	if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
	// Carrier-grade NAT (RFC 6598): not on the public internet either.
	if (a === 100 && b >= 64 && b <= 127) return 'private';
	if (a === 169 && b === 254) return 'link-local';
	if (a >= 224 && a <= 239) return 'multicast';
	// 240/4 (reserved, with the broadcast address), 192.0.0/24 (protocol assignments), 198.18/15 (benchmarking).
	if (a >= 240 || (a === 192 && b === 0 && c === 0) || (a === 198 && (b === 18 || b === 19))) return 'reserved';
	return 'public';
}

function classifyV6(g: number[]): AddressKind {
	const v4 = (hi: number, lo: number) => classifyV4([hi >> 8, hi & 255, lo >> 8, lo & 255]);
	const zeros = (n: number) => g.slice(0, n).every((x) => x === 0);
	if (g.every((x) => x === 0)) return 'unspecified';
	if (zeros(7) && g[7] === 1) return 'loopback';
	// IPv4-mapped (::ffff:a.b.c.d) and the old IPv4-compatible form (::a.b.c.d) are their IPv4.
	if (zeros(5) && g[5] === 0xffff) return v4(g[6], g[7]);
	if (zeros(6)) return v4(g[6], g[7]);
	// NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address that the gateway connects to.
	if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return v4(g[6], g[7]);
	if (g[0] === 0x2002) return v4(g[1], g[2]);
	// AWS's metadata service over IPv6.
	if (g[0] === 0xfd00 && g[1] === 0x0ec2 && g.slice(2, 7).every((x) => x === 0) && g[7] === 0x254) return 'metadata';
	if ((g[0] & 0xfe00) === 0xfc00) return 'private';
	if ((g[0] & 0xffc0) === 0xfe80) return 'link-local';
	// Site-local (fec0::/10) is deprecated but still private wherever it is used.
	if ((g[0] & 0xffc0) === 0xfec0) return 'private';
	if ((g[0] & 0xff00) === 0xff00) return 'multicast';
	return 'public';
}

export function classifyAddress(address: string): AddressKind {
	const family = isIP(address.replace(/%.*$/, ''));
	if (family === 4) return classifyV4(v4Bytes(address)!);
	const groups = v6Groups(address);
	if (family === 6 && groups) return classifyV6(groups);
	return 'invalid';
}

/**
 * Whether an import may connect to the address. `allowPrivate` (IMPORT_ALLOW_PRIVATE=1, for tests
 * and intranets) opens loopback and private networks; metadata, link-local, multicast and
 * unspecified addresses stay closed whatever the setting.
 */
export function isForbiddenAddress(address: string, allowPrivate = false): boolean {
	const kind = classifyAddress(address);
	if (kind === 'public') return false;
	return !(allowPrivate && (kind === 'loopback' || kind === 'private'));
}

/** `IMPORT_ALLOW_PRIVATE=1` (or true, on, yes). */
export function importAllowPrivate(env: Record<string, string | undefined> = process.env): boolean {
	return /^(1|true|on|yes)$/i.test(env.IMPORT_ALLOW_PRIVATE?.trim() ?? '');
}
