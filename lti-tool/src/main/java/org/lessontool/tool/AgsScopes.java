package org.lessontool.tool;

/**
 * The AGS scopes (lti-checklist A-02), spelled as the spec does, in one place for the
 * modules that ask for them (registration), check them (launch, grading) and use them
 * (platform): issue 18.
 */
public final class AgsScopes {

	public static final String LINE_ITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";

	public static final String LINE_ITEM_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";

	public static final String RESULT_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";

	public static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

	private AgsScopes() {
	}

}
