package org.lessontool.support;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15, item 5: which addresses a production tool may call. */
class AddressPolicyTests {

	@Test
	void privateSharedReservedAndLocalAddressesAreRefused() throws UnknownHostException {
		for (String address : new String[] { "0.0.0.0", "10.0.0.1", "100.64.0.1", "100.127.255.254", "127.0.0.1",
				"169.254.169.254", "172.16.0.1", "172.31.255.255", "192.0.0.8", "192.0.2.1", "192.168.1.1",
				"198.18.0.1", "198.19.255.255", "198.51.100.7", "203.0.113.9", "224.0.0.1", "255.255.255.255", "::",
				"::1", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:10.0.0.1", "64:ff9b::a00:1",
				"2001:db8::1", "2002:a00:1::1", "2001:0:4136:e378::1" }) {
			assertThat(AddressPolicy.isPublic(InetAddress.getByName(address))).as(address).isFalse();
		}
	}

	@Test
	void publicAddressesAreAllowedUpToTheEdgesOfTheRefusedRanges() throws UnknownHostException {
		for (String address : new String[] { "8.8.8.8", "100.63.255.255", "100.128.0.0", "172.15.255.255", "172.32.0.0",
				"198.17.255.255", "198.20.0.0", "11.0.0.1", "223.255.255.255", "2606:4700::1111", "2a00:1450:4001::1",
				"64:ff9b::808:808", "::ffff:8.8.8.8" }) {
			assertThat(AddressPolicy.isPublic(InetAddress.getByName(address))).as(address).isTrue();
		}
	}

}
