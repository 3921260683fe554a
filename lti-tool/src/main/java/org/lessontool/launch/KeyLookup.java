package org.lessontool.launch;

import java.util.List;

import com.nimbusds.jose.jwk.JWK;

import org.lessontool.registration.Platform;

/** Finds a platform's public keys by kid, from its JWKS only (lti-checklist C-20). */
@FunctionalInterface
interface KeyLookup {

	List<JWK> find(Platform platform, String kid);

}
