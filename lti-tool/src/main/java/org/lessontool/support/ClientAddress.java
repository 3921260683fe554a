package org.lessontool.support;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The key a client's requests are counted under: its IPv4 address, or the /64 network of
 * an IPv6 address, since one IPv6 client commonly holds a whole /64. The address is the
 * one the servlet container reports, which in {@code prod} honours X-Forwarded-For only
 * from trusted proxies.
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	public static String of(String remoteAddr) {
		if (remoteAddr == null || !remoteAddr.contains(":") || !remoteAddr.matches("[0-9a-fA-F:.%]{2,64}")) {
			return String.valueOf(remoteAddr);
		}
		try {
			byte[] bytes = InetAddress.getByName(remoteAddr).getAddress();
			if (bytes.length != 16) {
				return remoteAddr;
			}
			StringBuilder prefix = new StringBuilder();
			for (int i = 0; i < 8; i += 2) {
				prefix.append(Integer.toHexString(((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF))).append(':');
			}
			return prefix + ":/64";
		}
		catch (UnknownHostException ex) {
			return remoteAddr;
		}
	}

}
