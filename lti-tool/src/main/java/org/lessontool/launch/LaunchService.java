package org.lessontool.launch;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lessontool.registration.Platform;
import org.lessontool.support.Untrusted;
import org.lessontool.registration.Platforms;
import org.springframework.stereotype.Service;

/**
 * The authentication response (Security Framework 5.1.3): state first (C-16), then the
 * id_token rules, then the launch is stored under a fresh random id (C-33).
 */
@Service
class LaunchService {

	private static final Logger logger = LoggerFactory.getLogger(LaunchService.class);

	/** How long a launch waits for its platform-storage check (S-06). */
	private static final Duration STORAGE_CHECK_LIFETIME = Duration.ofMinutes(2);

	private final LoginStateRepository states;

	private final Platforms platforms;

	private final IdTokenValidator validator;

	private final LaunchContextRepository launches;

	private final LaunchSettings settings;

	private final Clock clock;

	private final MeterRegistry meters;

	LaunchService(LoginStateRepository states, Platforms platforms, IdTokenValidator validator,
			LaunchContextRepository launches, LaunchSettings settings, Clock clock, MeterRegistry meters) {
		this.states = states;
		this.platforms = platforms;
		this.validator = validator;
		this.launches = launches;
		this.settings = settings;
		this.clock = clock;
		this.meters = meters;
	}

	/**
	 * @param idToken the posted id_token
	 * @param state the posted state
	 * @param boundByCookie whether the browser sent the state cookie set at login
	 * @return the stored launch, ready or awaiting its platform-storage check
	 */
	Outcome launch(String idToken, String state, boolean boundByCookie) {
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		// consumed before anything else: whatever happens next, this state cannot be used
		// again
		LoginState login = this.states.take(state, now, now.plus(this.settings.nonceRetention()))
			.orElseThrow(() -> new LaunchRejectedException(RejectionReason.STATE_UNKNOWN,
					"the login state is unknown, expired or already used; relaunch from the LMS"));
		Platform platform = this.platforms.findById(login.platformId())
			.orElseThrow(() -> new LaunchRejectedException(RejectionReason.PLATFORM_UNKNOWN,
					"the platform of this login is no longer registered"));
		LaunchRejectedException.LaunchAttempt attempt = new LaunchRejectedException.LaunchAttempt(platform.issuer(),
				platform.clientId(), login.ltiDeploymentId());
		if (!boundByCookie && login.storageTarget() == null) {
			// S-01: no cookie in this frame and no platform storage: the launch is
			// refused
			// here and offered again in a top-level window, where the cookie is
			// first-party
			throw LaunchRejectedException.notBound(
					"the browser that posted this launch did not start its login (no state cookie, and the platform "
							+ "offers no platform storage)",
					attempt, login.relaunchUrl());
		}
		VerifiedIdToken token;
		try {
			token = this.validator.validate(idToken, platform, login);
		}
		catch (LaunchRejectedException ex) {
			throw ex.from(attempt);
		}
		boolean awaitingStorage = !boundByCookie;
		LaunchContext launch = LaunchContextFactory.create(token,
				now.plus(awaitingStorage ? STORAGE_CHECK_LIFETIME : this.settings.launchLifetime()));
		try {
			ClaimSizeRule.check(launch);
		}
		catch (LaunchRejectedException ex) {
			throw ex.from(attempt);
		}
		this.launches.save(launch,
				awaitingStorage ? LaunchContextRepository.AWAITING_STORAGE : LaunchContextRepository.ACTIVE,
				awaitingStorage ? login.state() : null);
		this.meters.counter("lti.launch.completed", "message_type", launch.messageType()).increment();
		this.platforms.launched(platform.id());
		logger.info("Launch {} of {} (client {}, deployment {}) as {}{}", launch.messageType(), platform.issuer(),
				platform.clientId(), Untrusted.bounded(launch.deploymentId()), launch.experience(),
				awaitingStorage ? ", awaiting the platform-storage check" : "");
		return new Outcome(launch, awaitingStorage ? login : null);
	}

	/** S-06: a launch confirmed by the platform-storage check becomes usable. */
	boolean confirm(String launchId, String state) {
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		return this.launches.activate(launchId, state, now);
	}

	String platformOrigin(LoginState login) {
		return this.platforms.findById(login.platformId()).map(Platform::authorizationOrigin).orElse(null);
	}

	/**
	 * A stored launch, with the login it came from while it awaits its platform-storage
	 * check.
	 *
	 * @param launch the launch
	 * @param pendingLogin the login, while the launch awaits its check; otherwise
	 * {@code null}
	 */
	record Outcome(LaunchContext launch, LoginState pendingLogin) {
	}

}
