package org.lessontool.registration;

/**
 * An admin removed a platform: everything the tool holds about its launches, students and
 * grades is deleted in the same transaction.
 *
 * @param platformId the platform's id in the tool
 * @param issuer its issuer
 * @param clientId the tool's client id there
 */
public record PlatformRemoved(String platformId, String issuer, String clientId) {
}
