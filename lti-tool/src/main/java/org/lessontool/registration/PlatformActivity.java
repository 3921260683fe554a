package org.lessontool.registration;

import org.jspecify.annotations.Nullable;
import java.time.OffsetDateTime;

/**
 * A platform's recent activity, for the admin console.
 *
 * @param lastLaunchAt its last successful launch
 * @param lastFailureAt its last refused launch
 * @param lastFailure why that launch was refused
 */
public record PlatformActivity(@Nullable OffsetDateTime lastLaunchAt, @Nullable OffsetDateTime lastFailureAt,
		@Nullable String lastFailure) {

}
