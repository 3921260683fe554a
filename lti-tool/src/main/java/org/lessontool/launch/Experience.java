package org.lessontool.launch;

import java.util.List;
import java.util.Locale;

/**
 * What the tool shows a launched user, decided from context (membership) roles only
 * (lti-checklist C-37 to C-41, LTI Core appendix A.2).
 */
public enum Experience {

	/** Instructor (and its sub-roles), ContentDeveloper or context Administrator. */
	TEACHER,

	/** Mentor: may look, never submit as the mentee. */
	MENTOR,

	/** Learner, or no recognised role at all (least privilege, C-39). */
	LEARNER;

	private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

	private static final String MEMBERSHIP_SUB = "http://purl.imsglobal.org/vocab/lis/v2/membership/";

	static final String TEST_USER = "http://purl.imsglobal.org/vocab/lti/system/person#TestUser";

	static Experience of(List<String> roles) {
		boolean mentor = false;
		for (String role : roles) {
			String name = contextRole(role);
			if (name == null) {
				continue;
			}
			switch (name) {
				case "instructor", "contentdeveloper", "administrator" -> {
					return TEACHER;
				}
				case "mentor" -> mentor = true;
				default -> {
				}
			}
		}
		return mentor ? MENTOR : LEARNER;
	}

	/**
	 * The context role a role names, lower-cased: a membership URI, a membership sub-role
	 * (Instructor#TeachingAssistant counts as Instructor), or a deprecated short name
	 * (C-38). Institution and system roles name no context role (C-37).
	 */
	private static String contextRole(String role) {
		if (role.startsWith(MEMBERSHIP)) {
			return role.substring(MEMBERSHIP.length()).toLowerCase(Locale.ROOT);
		}
		if (role.startsWith(MEMBERSHIP_SUB)) {
			String rest = role.substring(MEMBERSHIP_SUB.length());
			int hash = rest.indexOf('#');
			return ((hash > 0) ? rest.substring(0, hash) : rest).toLowerCase(Locale.ROOT);
		}
		if (!role.contains(":") && !role.contains("/")) {
			return role.toLowerCase(Locale.ROOT);
		}
		return null;
	}

}
