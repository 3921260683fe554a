package org.lessontool.quiz;

import org.jspecify.annotations.Nullable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.lessontool.content.Quiz;
import org.lessontool.content.QuizLayout;
import org.lessontool.launch.Experience;
import org.lessontool.launch.LaunchContext;
import org.lessontool.launch.LaunchSession;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens, submits and reads attempts for the launched user only. */
@Service
class QuizService {

	private final AttemptRepository attempts;

	static final String PREVIEW = "preview";

	private static final SecureRandom SEEDS = new SecureRandom();

	private final QuizContent quiz;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	QuizService(AttemptRepository attempts, QuizContent quiz, ApplicationEventPublisher events, Clock clock) {
		this.attempts = attempts;
		this.quiz = quiz;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The user's open attempt, or a new one when the policy allows; empty when none may
	 * be taken.
	 */
	/**
	 * @param taken the student's attempts ({@link #history}), read once for the page too
	 */
	Optional<Attempt> open(LaunchSession session, List<Attempt> taken) {
		LaunchContext launch = session.context();
		if (launch.experience() == Experience.MENTOR) {
			throw new QuizInputException("A mentor can read the lesson, but the quiz is for the student.");
		}
		Optional<Attempt> open = taken.stream().filter((a) -> a.status() == Attempt.Status.OPEN).findFirst();
		if (open.isPresent()) {
			return open;
		}
		if (!QuizPolicy.from(launch.custom()).allowsAnother(taken.size())) {
			return Optional.empty();
		}
		Quiz bank = this.quiz.content().quiz();
		// a new attempt asks questions the last one did not, where the bank allows
		Set<String> askedBefore = taken.isEmpty() ? Set.of()
				: taken.get(taken.size() - 1)
					.layout()
					.items()
					.stream()
					.map(QuizLayout.Item::question)
					.collect(Collectors.toSet());
		QuizLayout layout = QuizLayout.draw(bank, SEEDS.nextLong(), askedBefore);
		Attempt attempt = new Attempt(UUID.randomUUID().toString(), launch.scope(), launch.platformId(),
				launch.subject(), link(launch), taken.size() + 1, Attempt.Status.OPEN, launch.testUser(), Map.of(),
				null, layout.size(), now(), null, layout);
		try {
			this.attempts.insert(attempt);
			if (attempt.number() == 1) {
				this.events.publishEvent(new QuizAttemptStarted(attempt, launch));
			}
			return Optional.of(attempt);
		}
		catch (DuplicateKeyException ex) {
			// the same student opened the quiz twice at once: both get the one attempt
			return history(launch).stream().filter((a) -> a.status() == Attempt.Status.OPEN).findFirst();
		}
	}

	/**
	 * A teacher's preview: the quiz as a student sees it, in an attempt that is never
	 * stored and never graded.
	 */
	Attempt preview(LaunchContext launch, @Nullable Map<String, String[]> form) {
		Quiz bank = this.quiz.content().quiz();
		QuizLayout all = QuizLayout.all(bank);
		Map<String, Set<String>> answers = (form != null) ? Answers.read(form, bank, all) : Map.of();
		Integer score = (form != null) ? QuizScorer.score(bank, all, answers) : null;
		return new Attempt(PREVIEW, launch.scope(), launch.platformId(), launch.subject(), link(launch), 1,
				(form != null) ? Attempt.Status.SUBMITTED : Attempt.Status.OPEN, true, answers, score, all.size(),
				now(), (form != null) ? now() : null, all);
	}

	/**
	 * Scores and closes the attempt; a second submit of the same answers is counted once.
	 */
	@Transactional
	public Attempt submit(LaunchSession session, String attemptId, Map<String, String[]> form) {
		LaunchContext launch = session.context();
		Attempt attempt = own(launch, attemptId);
		Map<String, Set<String>> answers = Answers.read(form, this.quiz.content().quiz(), attempt.layout());
		if (attempt.status() == Attempt.Status.SUBMITTED) {
			if (answers.equals(attempt.answers())) {
				return attempt;
			}
			throw new QuizInputException("This attempt was already submitted; start a new one to answer again.");
		}
		int score = QuizScorer.score(this.quiz.content().quiz(), attempt.layout(), answers);
		OffsetDateTime submittedAt = now();
		if (!this.attempts.submit(attempt.id(), answers, score, submittedAt)) {
			return own(launch, attemptId); // a parallel submit closed it first
		}
		Attempt scored = this.attempts.findById(attempt.id()).orElseThrow();
		this.events.publishEvent(new QuizAttemptScored(scored, launch, QuizPolicy.from(launch.custom())));
		return scored;
	}

	/**
	 * An attempt of the launched user on this resource link; anyone else's is refused.
	 */
	Attempt own(LaunchContext launch, String attemptId) {
		return this.attempts.findById(attemptId)
			.filter((a) -> a.scopeKey().equals(launch.scope()) && a.subject().equals(launch.subject())
					&& a.resourceLinkId().equals(link(launch)))
			.orElseThrow(() -> new QuizInputException("That attempt is not one of yours."));
	}

	List<Attempt> history(LaunchContext launch) {
		return this.attempts.findFor(launch.scope(), launch.subject(), link(launch));
	}

	QuizContent content() {
		return this.quiz;
	}

	private static String link(LaunchContext launch) {
		return (launch.resourceLinkId() != null) ? launch.resourceLinkId() : "";
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
