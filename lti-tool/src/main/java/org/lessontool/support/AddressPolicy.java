package org.lessontool.support;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses an outbound call from a production tool may reach: public unicast only.
 * Private (RFC 1918, fc00::/7), shared (100.64.0.0/10, RFC 6598), benchmarking
 * (198.18.0.0/15, RFC 2544), documentation, loopback, link-local, multicast and reserved
 * ranges are refused, as are IPv6 addresses that embed one of them (lti-checklist Z-07).
 */
public final class AddressPolicy {

	/** IPv4 ranges as {first octets..., prefix length}. */
	private static final int[][] REFUSED_V4 = { { 0, 8 }, { 10, 8 }, { 100, 64, 10 }, { 127, 8 }, { 169, 254, 16 },
			{ 172, 16, 12 }, { 192, 0, 0, 24 }, { 192, 0, 2, 24 }, { 192, 88, 99, 24 }, { 192, 168, 16 },
			{ 198, 18, 15 }, { 198, 51, 100, 24 }, { 203, 0, 113, 24 }, { 224, 4 }, { 240, 4 } };

	private AddressPolicy() {
	}

	public static boolean isPublic(InetAddress address) {
		if (address instanceof Inet4Address) {
			return isPublicV4(address.getAddress());
		}
		if (address instanceof Inet6Address v6) {
			return isPublicV6(v6.getAddress());
		}
		return false;
	}

	private static boolean isPublicV4(byte[] octets) {
		for (int[] range : REFUSED_V4) {
			if (inRange(octets, range)) {
				return false;
			}
		}
		return true;
	}

	private static boolean inRange(byte[] octets, int[] range) {
		int prefix = range[range.length - 1];
		long address = toLong(octets);
		long network = 0;
		for (int i = 0; i < 4; i++) {
			network = (network << 8) | ((i < range.length - 1) ? range[i] : 0);
		}
		long mask = (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
		return (address & mask) == (network & mask);
	}

	private static long toLong(byte[] octets) {
		long value = 0;
		for (byte octet : octets) {
			value = (value << 8) | (octet & 0xFF);
		}
		return value;
	}

	private static boolean isPublicV6(byte[] bytes) {
		int first = bytes[0] & 0xFF;
		// only global unicast (2000::/3) is routable on the internet
		if ((first & 0xE0) != 0x20) {
			return isEmbeddedV4Public(bytes);
		}
		// 2001:db8::/32 documentation, 2001::/32 Teredo and 2002::/16 6to4 carry or hide
		// IPv4 addresses
		int second = bytes[1] & 0xFF;
		int third = bytes[2] & 0xFF;
		int fourth = bytes[3] & 0xFF;
		if (first == 0x20 && second == 0x01 && ((third == 0x0d && fourth == 0xb8) || (third == 0 && fourth == 0))) {
			return false;
		}
		return !(first == 0x20 && second == 0x02);
	}

	/** ::ffff:a.b.c.d (mapped) and 64:ff9b::a.b.c.d (NAT64) reach the IPv4 address. */
	private static boolean isEmbeddedV4Public(byte[] bytes) {
		boolean mapped = allZero(bytes, 0, 10) && (bytes[10] & 0xFF) == 0xFF && (bytes[11] & 0xFF) == 0xFF;
		boolean nat64 = (bytes[0] & 0xFF) == 0 && (bytes[1] & 0xFF) == 0x64 && (bytes[2] & 0xFF) == 0xff
				&& (bytes[3] & 0xFF) == 0x9b && allZero(bytes, 4, 12);
		if (!mapped && !nat64) {
			return false;
		}
		return isPublicV4(new byte[] { bytes[12], bytes[13], bytes[14], bytes[15] });
	}

	private static boolean allZero(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

}
