// Pins the address classifier a URL import relies on: each address below is the kind a fetch may
// (public) or may never (loopback, private, link-local, metadata…) connect to, in IPv4, IPv6 and the
// IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4) — an attacker's first try.
import { describe, expect, it } from 'vitest';
import { classifyAddress, importAllowPrivate, isForbiddenAddress, isMetadataHost, type AddressKind } from './address';

const table: [string, AddressKind][] = [
	// IPv4
	['93.184.216.34', 'public'],
	['8.8.8.8', 'public'],
	['1.1.1.1', 'public'],
	['172.15.255.255', 'public'],
	['172.32.0.1', 'public'],
	['100.63.255.255', 'public'],
	['100.128.0.1', 'public'],
	['223.255.255.255', 'public'],
	['127.0.0.1', 'loopback'],
	['127.255.255.254', 'loopback'],
	['10.0.0.1', 'private'],
	['10.255.255.255', 'private'],
	['172.16.0.1', 'private'],
	['172.31.255.255', 'private'],
	['192.168.1.1', 'private'],
	['100.64.0.1', 'private'],
	['169.254.0.1', 'link-local'],
	['169.254.170.2', 'link-local'],
	['169.254.169.254', 'metadata'],
	['100.100.100.200', 'metadata'],
	['0.0.0.0', 'unspecified'],
	['0.1.2.3', 'unspecified'],
	['224.0.0.1', 'multicast'],
	['239.255.255.250', 'multicast'],
	['255.255.255.255', 'reserved'],
	['240.0.0.1', 'reserved'],
	['198.18.0.1', 'reserved'],
	// IPv6
	['2606:4700:4700::1111', 'public'],
	['2001:db8::1', 'public'],
	['::1', 'loopback'],
	['0:0:0:0:0:0:0:1', 'loopback'],
	['::', 'unspecified'],
	['fc00::1', 'private'],
	['fd12:3456:789a::1', 'private'],
	['fec0::1', 'private'],
	['fe80::1', 'link-local'],
	['fe80::1%eth0', 'link-local'],
	['febf::1', 'link-local'],
	['fd00:ec2::254', 'metadata'],
	['fd00:ec2:0:0:0:0:0:254', 'metadata'],
	['ff02::1', 'multicast'],
	// IPv4 inside IPv6: the IPv4 address decides.
	['::ffff:127.0.0.1', 'loopback'],
	['::ffff:7f00:1', 'loopback'],
	['::FFFF:10.1.2.3', 'private'],
	['::ffff:169.254.169.254', 'metadata'],
	['::ffff:a9fe:a9fe', 'metadata'],
	['::ffff:93.184.216.34', 'public'],
	['::127.0.0.1', 'loopback'],
	['64:ff9b::127.0.0.1', 'loopback'],
	['64:ff9b::5db8:d822', 'public'],
	['2002:7f00:1::', 'loopback'],
	['2002:c0a8:101::1', 'private'],
	// Not addresses at all.
	['localhost', 'invalid'],
	['127.1', 'invalid'],
	['256.1.1.1', 'invalid'],
	['1::2::3', 'invalid'],
	['', 'invalid']
];

describe('classifyAddress', () => {
	it.each(table)('%s is %s', (address, kind) => {
		expect(classifyAddress(address)).toBe(kind);
	});
});

describe('isForbiddenAddress', () => {
	it('lets only public addresses through by default', () => {
		for (const [address, kind] of table) expect(isForbiddenAddress(address), address).toBe(kind !== 'public');
	});

	it('with IMPORT_ALLOW_PRIVATE opens loopback and private networks, never metadata, link-local, multicast or unspecified', () => {
		for (const [address, kind] of table) {
			expect(isForbiddenAddress(address, true), address).toBe(!['public', 'loopback', 'private'].includes(kind));
		}
		expect(isForbiddenAddress('169.254.169.254', true)).toBe(true);
		expect(isForbiddenAddress('fd00:ec2::254', true)).toBe(true);
		expect(isForbiddenAddress('::ffff:169.254.169.254', true)).toBe(true);
	});
});

describe('settings and names', () => {
	it('reads IMPORT_ALLOW_PRIVATE', () => {
		expect(importAllowPrivate({})).toBe(false);
		expect(importAllowPrivate({ IMPORT_ALLOW_PRIVATE: '0' })).toBe(false);
		expect(importAllowPrivate({ IMPORT_ALLOW_PRIVATE: '' })).toBe(false);
		expect(importAllowPrivate({ IMPORT_ALLOW_PRIVATE: '1' })).toBe(true);
		expect(importAllowPrivate({ IMPORT_ALLOW_PRIVATE: ' true ' })).toBe(true);
	});

	it('knows the metadata services’ host names, whatever their case or final dot', () => {
		expect(isMetadataHost('metadata.google.internal')).toBe(true);
		expect(isMetadataHost('METADATA.Google.Internal.')).toBe(true);
		expect(isMetadataHost('instance-data.ec2.internal')).toBe(true);
		expect(isMetadataHost('metadata.example.org')).toBe(false);
	});
});
