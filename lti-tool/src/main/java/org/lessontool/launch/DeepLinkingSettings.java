package org.lessontool.launch;

import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * The {@code deep_linking_settings} claim of a deep-linking request (Deep Linking 2.0
 * section 4.4, lti-checklist D-01), kept with the launch until the teacher answers.
 *
 * @param returnUrl {@code deep_link_return_url}, where the response is posted
 * @param acceptTypes {@code accept_types}
 * @param acceptPresentationDocumentTargets {@code accept_presentation_document_targets}
 * @param acceptMultiple {@code accept_multiple}, null when absent
 * @param acceptLineItem {@code accept_lineitem}, null when absent
 * @param title the default title the platform suggests, if any
 * @param text the default text, if any
 * @param data the opaque {@code data} value, echoed verbatim in the response (D-04)
 */
public record DeepLinkingSettings(String returnUrl, List<String> acceptTypes,
		List<String> acceptPresentationDocumentTargets, @Nullable Boolean acceptMultiple,
		@Nullable Boolean acceptLineItem, @Nullable String title, @Nullable String text, @Nullable String data) {

	public static final String LTI_RESOURCE_LINK = "ltiResourceLink";

	/** D-03: the only content item this tool places is an LTI resource link. */
	public boolean acceptsResourceLink() {
		return this.acceptTypes.contains(LTI_RESOURCE_LINK);
	}

	/** D-07: whether the platform takes a document target, or names none at all. */
	public boolean acceptsTarget(String target) {
		return this.acceptPresentationDocumentTargets.isEmpty()
				|| this.acceptPresentationDocumentTargets.contains(target);
	}

	/** D-07: absent means the platform may take it; only an explicit false refuses. */
	public boolean acceptsLineItem() {
		return !Boolean.FALSE.equals(this.acceptLineItem);
	}

}
