package org.lessontool.registration;

/**
 * Published when a platform is registered or changes, so caches of platform data (the
 * framing origins) refresh at once on this replica; other replicas refresh within
 * seconds.
 *
 * @param issuer the platform issuer
 * @param clientId its client id
 */
public record PlatformRegistered(String issuer, String clientId) {
}
