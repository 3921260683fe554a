package org.lessontool.launch;

/**
 * One rule of id_token validation (Security Framework 5.1.3, LTI Core 5.3); it throws
 * when broken.
 */
@FunctionalInterface
interface IdTokenRule {

	void check(IdToken token);

}
