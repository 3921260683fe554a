package org.lessontool.test;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Before each tool test, the shared platforms answer as their LMSs do again. */
public final class SharedPlatformsRestore implements BeforeEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		SharedPlatforms.restore();
	}

}
