package org.lessontool.registration;

import java.util.List;
import java.util.Optional;

/** Storage of platforms and their deployments, shared by every replica. */
interface PlatformRepository {

	Optional<Platform> findById(String id);

	Optional<Platform> find(String issuer, String clientId);

	List<Platform> findByIssuer(String issuer);

	List<Platform> findAll();

	/**
	 * Inserts the platform, or updates the one with the same issuer and client id;
	 * returns its id.
	 */
	String save(Platform platform);

	boolean hasDeployment(String platformId, String deploymentId);

	List<String> deployments(String platformId);

	void setStatus(String platformId, Platform.Status status);

	/** How many platforms wait for an admin's approval. */
	int countPending();

	/** Deletes the platform and its deployments. */
	void delete(String platformId);

	void launched(String platformId, java.time.OffsetDateTime at);

	void failed(String issuer, String clientId, java.time.OffsetDateTime at, String reason);

	/** When the platform last launched the tool and last failed to, for the console. */
	PlatformActivity activity(String platformId);

	/**
	 * Records a deployment if it is not there yet; returns whether this call recorded it.
	 */
	boolean addDeployment(String platformId, String deploymentId, String status);

}
