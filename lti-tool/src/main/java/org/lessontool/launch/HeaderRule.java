package org.lessontool.launch;

import com.nimbusds.jose.JWSHeader;

/**
 * One rule on an id_token's header, checked before its signature (lti-checklist C-18,
 * C-19, Z-01 to Z-04); it throws a {@link LaunchRejectedException} when broken.
 */
@FunctionalInterface
interface HeaderRule {

	void check(JWSHeader header);

}
