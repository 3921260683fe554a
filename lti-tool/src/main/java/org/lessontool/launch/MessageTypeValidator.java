package org.lessontool.launch;

import org.lessontool.tool.Claims;

/** lti-checklist C-28: only the message types this endpoint serves. */
final class MessageTypeValidator implements ClaimValidator {

	@Override
	public void validate(VerifiedIdToken token) {
		Object type = token.claim(Claims.MESSAGE_TYPE);
		if (type == null) {
			throw new LaunchRejectedException(RejectionReason.CLAIM_MISSING, "the message_type claim is missing");
		}
		if (!Claims.RESOURCE_LINK_REQUEST.equals(type) && !Claims.DEEP_LINKING_REQUEST.equals(type)) {
			throw new LaunchRejectedException(RejectionReason.MESSAGE_TYPE_UNSUPPORTED,
					"message type '" + type + "' is not supported by this tool");
		}
	}

}
