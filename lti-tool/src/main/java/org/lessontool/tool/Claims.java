package org.lessontool.tool;

/** The LTI claim and message names this tool reads, exactly as the specs spell them. */
public final class Claims {

	public static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

	public static final String MESSAGE_TYPE = LTI + "message_type";

	public static final String VERSION = LTI + "version";

	public static final String DEPLOYMENT_ID = LTI + "deployment_id";

	public static final String TARGET_LINK_URI = LTI + "target_link_uri";

	public static final String RESOURCE_LINK = LTI + "resource_link";

	public static final String ROLES = LTI + "roles";

	public static final String CONTEXT = LTI + "context";

	public static final String CUSTOM = LTI + "custom";

	public static final String LAUNCH_PRESENTATION = LTI + "launch_presentation";

	public static final String AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";

	public static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

	public static final String DEEP_LINKING_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";

	public static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";

	public static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";

	private Claims() {
	}

}
