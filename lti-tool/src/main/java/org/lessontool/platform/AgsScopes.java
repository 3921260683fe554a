package org.lessontool.platform;

/** The AGS scopes (lti-checklist A-02), spelled as the spec does. */
public final class AgsScopes {

	public static final String LINE_ITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";

	public static final String LINE_ITEM_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";

	public static final String RESULT_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";

	public static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

	private AgsScopes() {
	}

}
