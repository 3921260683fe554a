package org.lessontool.grading;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.lessontool.launch.Experience;
import org.lessontool.launch.LaunchContext;
import org.lessontool.quiz.Attempt;
import org.lessontool.quiz.QuizAttemptScored;
import org.lessontool.quiz.QuizAttemptStarted;
import org.lessontool.quiz.QuizPolicy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the grade of a scored attempt in the transaction that stores the attempt, so
 * neither is kept without the other (docs/architecture.md, "Get a grade").
 */
@Component
class GradingListener {

	static final String LABEL = "Lesson 964 quiz";

	private final DeliveryRepository deliveries;

	private final GradingSettings settings;

	private final Clock clock;

	GradingListener(DeliveryRepository deliveries, GradingSettings settings, Clock clock) {
		this.deliveries = deliveries;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * the first open of the quiz tells the gradebook the student started, with no
	 * score.
	 */
	@EventListener
	void started(QuizAttemptStarted event) {
		LaunchContext launch = event.launch();
		if (!this.settings.sendStarted() || !launch.services().collectsGrades()
				|| launch.experience() != Experience.LEARNER) {
			return;
		}
		Attempt attempt = event.attempt();
		LaunchContext.Services services = launch.services();
		this.deliveries.insert(new Delivery(0, attempt.id(), launch.platformId(), launch.scope(), launch.subject(),
				attempt.resourceLinkId(), services.lineItems(), services.lineItem(), services.scopes(), LABEL, null,
				attempt.maxScore(), "Started", "NotReady", attempt.startedAt(), attempt.startedAt(),
				attempt.startedAt(), Delivery.Status.PENDING, 0, null), now());
	}

	@EventListener
	void scored(QuizAttemptScored event) {
		LaunchContext launch = event.launch();
		LaunchContext.Services services = launch.services();
		if (!launch.services().collectsGrades()) {
			return;
		}
		Attempt attempt = event.attempt();
		OffsetDateTime now = now();
		Delivery delivery = new Delivery(0, attempt.id(), launch.platformId(), launch.scope(), launch.subject(),
				attempt.resourceLinkId(), services.lineItems(), services.lineItem(), services.scopes(), LABEL,
				attempt.score(), attempt.maxScore(), "Completed", "FullyGraded", attempt.submittedAt(),
				attempt.startedAt(), attempt.submittedAt(), status(event, attempt), 0, null);
		// strictly later than any earlier score of this student on this link, by a
		// whole second, since Moodle compares seconds
		OffsetDateTime timestamp = attempt.submittedAt();
		OffsetDateTime last = this.deliveries.lastTimestamp(delivery.studentLink()).orElse(null);
		if (last != null && !timestamp.truncatedTo(ChronoUnit.SECONDS).isAfter(last.truncatedTo(ChronoUnit.SECONDS))) {
			timestamp = last.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1).plus(timestamp.getNano(), ChronoUnit.NANOS);
		}
		Delivery queued = delivery.at(timestamp);
		if (queued.status() == Delivery.Status.PENDING) {
			this.deliveries.supersedeOlder(queued.studentLink());
		}
		this.deliveries.insert(queued, now);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private Delivery.Status status(QuizAttemptScored event, Attempt attempt) {
		if (event.launch().experience() != Experience.LEARNER) {
			return Delivery.Status.NOT_GRADED;
		}
		if (event.policy().gradePolicy() == QuizPolicy.GradePolicy.BEST) {
			Integer best = this.deliveries
				.bestScore(new StudentLink(event.launch().platformId(), event.launch().scope(),
						event.launch().subject(), attempt.resourceLinkId()))
				.orElse(null);
			if (best != null && best >= attempt.score()) {
				return Delivery.Status.KEPT_BEST;
			}
		}
		return Delivery.Status.PENDING;
	}

}
