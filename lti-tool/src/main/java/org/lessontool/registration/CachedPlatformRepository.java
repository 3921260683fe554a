package org.lessontool.registration;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Issue 19: a login and its launch read the platform and the deployment from this
 * replica's memory once they are known, instead of two to three statements each. The
 * database stays the record: entries live {@code lti.registration.cache-lifetime}, a
 * change made here clears them at once, and one made on another replica applies here
 * within that time. Only what was found is kept, so a platform registered elsewhere is
 * seen at its first login. A platform's last launch is written once in that time.
 */
@Repository
class CachedPlatformRepository implements PlatformRepository {

	private final PlatformRepository database;

	private final Cache<String, Platform> byId;

	private final Cache<String, Platform> byClient;

	private final Cache<String, Boolean> deployments;

	private final Cache<String, Boolean> launchesNoted;

	@Autowired
	CachedPlatformRepository(JdbcClient jdbc, Clock clock, RegistrationSettings settings) {
		this(new JdbcPlatformRepository(jdbc, clock), settings.registration().cacheLifetime());
	}

	CachedPlatformRepository(PlatformRepository database, java.time.Duration lifetime) {
		this.database = database;
		this.byId = Caffeine.newBuilder().expireAfterWrite(lifetime).maximumSize(10_000).build();
		this.byClient = Caffeine.newBuilder().expireAfterWrite(lifetime).maximumSize(10_000).build();
		this.deployments = Caffeine.newBuilder().expireAfterWrite(lifetime).maximumSize(100_000).build();
		this.launchesNoted = Caffeine.newBuilder().expireAfterWrite(lifetime).maximumSize(10_000).build();
	}

	@Override
	public Optional<Platform> findById(String id) {
		Platform cached = this.byId.getIfPresent(id);
		return (cached != null) ? Optional.of(cached) : remember(this.database.findById(id));
	}

	@Override
	public Optional<Platform> find(String issuer, String clientId) {
		Platform cached = this.byClient.getIfPresent(client(issuer, clientId));
		return (cached != null) ? Optional.of(cached) : remember(this.database.find(issuer, clientId));
	}

	@Override
	public boolean hasDeployment(String platformId, String deploymentId) {
		String key = platformId + "\n" + deploymentId;
		if (this.deployments.getIfPresent(key) != null) {
			return true;
		}
		boolean known = this.database.hasDeployment(platformId, deploymentId);
		if (known) {
			this.deployments.put(key, Boolean.TRUE);
		}
		return known;
	}

	@Override
	public List<Platform> findByIssuer(String issuer) {
		return this.database.findByIssuer(issuer);
	}

	@Override
	public List<Platform> findAll() {
		return this.database.findAll();
	}

	@Override
	public String save(Platform platform) {
		return changing(() -> this.database.save(platform));
	}

	@Override
	public List<String> deployments(String platformId) {
		return this.database.deployments(platformId);
	}

	@Override
	public void setStatus(String platformId, Platform.Status status) {
		changing(() -> {
			this.database.setStatus(platformId, status);
			return null;
		});
	}

	@Override
	public int countPending() {
		return this.database.countPending();
	}

	@Override
	public void delete(String platformId) {
		changing(() -> {
			this.database.delete(platformId);
			return null;
		});
	}

	@Override
	public void launched(String platformId, OffsetDateTime at) {
		// the console's "last launch" is exact to the cache's lifetime: one write per
		// platform and replica in that time, not one per launch
		if (this.launchesNoted.asMap().putIfAbsent(platformId, Boolean.TRUE) == null) {
			this.database.launched(platformId, at);
		}
	}

	@Override
	public void failed(String issuer, String clientId, OffsetDateTime at, String reason) {
		this.database.failed(issuer, clientId, at, reason);
	}

	@Override
	public PlatformActivity activity(String platformId) {
		return this.database.activity(platformId);
	}

	@Override
	public boolean addDeployment(String platformId, String deploymentId, String status) {
		return changing(() -> this.database.addDeployment(platformId, deploymentId, status));
	}

	private Optional<Platform> remember(Optional<Platform> found) {
		found.ifPresent((platform) -> {
			this.byId.put(platform.id(), platform);
			this.byClient.put(client(platform.issuer(), platform.clientId()), platform);
		});
		return found;
	}

	/**
	 * A change made here clears what this replica remembers, even if it failed midway.
	 */
	private <T> T changing(java.util.function.Supplier<T> change) {
		try {
			return change.get();
		}
		finally {
			this.byId.invalidateAll();
			this.byClient.invalidateAll();
			this.deployments.invalidateAll();
		}
	}

	private static String client(String issuer, String clientId) {
		return issuer + "\n" + clientId;
	}

}
