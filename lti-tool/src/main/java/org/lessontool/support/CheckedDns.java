package org.lessontool.support;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * The host-name lookup of every outbound connection. When only public addresses may be
 * called, a name with any non-public address is refused here, in the lookup whose answer
 * the connection uses, so the check and the connection cannot see different addresses.
 */
final class CheckedDns implements DnsResolver {

	private final DnsResolver delegate;

	private final boolean publicOnly;

	CheckedDns(DnsResolver delegate, boolean publicOnly) {
		this.delegate = delegate;
		this.publicOnly = publicOnly;
	}

	static CheckedDns system(boolean publicOnly) {
		return new CheckedDns(SystemDefaultDnsResolver.INSTANCE, publicOnly);
	}

	@Override
	public InetAddress[] resolve(String host) throws UnknownHostException {
		InetAddress[] addresses = this.delegate.resolve(host);
		if (this.publicOnly) {
			for (InetAddress address : addresses) {
				if (!AddressPolicy.isPublic(address)) {
					throw new RefusedAddressException(host);
				}
			}
		}
		return addresses;
	}

	@Override
	public String resolveCanonicalHostname(String host) throws UnknownHostException {
		return this.delegate.resolveCanonicalHostname(host);
	}

	/** The host resolves to an address outbound calls may not reach. */
	static final class RefusedAddressException extends UnknownHostException {

		RefusedAddressException(String host) {
			super(host + " resolves to a private or reserved address");
		}

	}

}
