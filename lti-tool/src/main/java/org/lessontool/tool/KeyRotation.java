package org.lessontool.tool;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Rotates the tool's signing key without breaking platforms that cache its JWKS
 * (lti-checklist Z-13, M-10): the next key is published first, signs only after
 * {@code publish-ahead}, and the old key stays published for {@code retired-for} after it
 * stopped signing. Every step is a conditional update, so replicas running it at once do
 * it once.
 */
@Service
public class KeyRotation {

	private static final Logger logger = LoggerFactory.getLogger(KeyRotation.class);

	private final ToolKeys keys;

	private final ToolKeyRepository repository;

	private final KeySettings settings;

	private final TransactionOperations transactions;

	KeyRotation(ToolKeys keys, ToolKeyRepository repository, KeySettings settings, TransactionOperations transactions) {
		this.keys = keys;
		this.repository = repository;
		this.settings = settings;
		this.transactions = transactions;
	}

	/**
	 * Publishes a next key now, if there is none; it signs once it has been published
	 * long enough.
	 */
	public String rotateNow() {
		List<ToolKey> next = this.repository.findByState(ToolKey.State.NEXT);
		if (!next.isEmpty()) {
			return next.get(0).kid();
		}
		String kid = this.keys.create(ToolKey.State.NEXT);
		logger.info("Published the next signing key, kid {}; it signs after {}", kid, this.settings.publishAhead());
		return kid;
	}

	@Scheduled(fixedDelayString = "${lti.keys.check-interval:PT1H}", initialDelayString = "PT1M")
	public void rotateIfDue() {
		OffsetDateTime now = this.keys.now();
		boolean currentIsOld = this.repository.findByState(ToolKey.State.CURRENT)
			.stream()
			.allMatch((key) -> key.createdAt().plus(this.settings.rotationPeriod()).isBefore(now));
		if (currentIsOld) {
			rotateNow();
		}
		promoteDue();
		purgeRetired();
	}

	/**
	 * A next key published for long enough becomes the signing key; the old one retires,
	 * in one transaction. Issue 18: a programmatic transaction, since the scheduled
	 * {@link #rotateIfDue} calls this on itself, past any proxy a {@code @Transactional}
	 * would need.
	 */
	public void promoteDue() {
		this.transactions.executeWithoutResult((status) -> promote());
	}

	private void promote() {
		OffsetDateTime now = this.keys.now();
		ToolKey next = this.repository.findByState(ToolKey.State.NEXT)
			.stream()
			.filter((key) -> !key.createdAt().plus(this.settings.publishAhead()).isAfter(now))
			.min(Comparator.comparing(ToolKey::createdAt))
			.orElse(null);
		if (next == null || !this.repository.move(next.kid(), ToolKey.State.NEXT, ToolKey.State.CURRENT, null)) {
			return;
		}
		for (ToolKey current : this.repository.findByState(ToolKey.State.CURRENT)) {
			if (!current.kid().equals(next.kid())) {
				this.repository.move(current.kid(), ToolKey.State.CURRENT, ToolKey.State.RETIRED, now);
			}
		}
		logger.info("Key {} signs from now on", next.kid());
	}

	/** Retired keys are withdrawn once nothing they signed can still be in use. */
	public void purgeRetired() {
		OffsetDateTime now = this.keys.now();
		for (ToolKey retired : this.repository.findByState(ToolKey.State.RETIRED)) {
			if (retired.retiredAt() != null && retired.retiredAt().plus(this.settings.retiredFor()).isBefore(now)) {
				this.repository.delete(retired.kid());
				logger.info("Withdrew retired key {}", retired.kid());
			}
		}
	}

}
