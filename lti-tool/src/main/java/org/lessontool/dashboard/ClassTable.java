package org.lessontool.dashboard;

import org.jspecify.annotations.Nullable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.lessontool.support.Untrusted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lessontool.grading.ClassDeliveries;
import org.lessontool.launch.Experience;
import org.lessontool.launch.LaunchContext;
import org.lessontool.lesson.ClassProgress;
import org.lessontool.platform.ContextMemberships;
import org.lessontool.platform.Member;
import org.lessontool.platform.PlatformCallException;
import org.lessontool.platform.Roster;
import org.lessontool.quiz.Attempt;
import org.lessontool.quiz.ClassAttempts;
import org.springframework.stereotype.Service;

/**
 * Joins the roster (NRPS) with what the tool knows of each student on this resource link.
 * Everything is read for the teacher's own course and link only (lti-checklist Z-11,
 * C-35); the roster is fetched here and never on a student launch (N-07).
 */
@Service
class ClassTable {

	private static final Logger logger = LoggerFactory.getLogger(ClassTable.class);

	private final ContextMemberships memberships;

	private final CourseMembers launchers;

	private final ClassProgress progress;

	private final ClassAttempts attempts;

	private final ClassDeliveries deliveries;

	ClassTable(ContextMemberships memberships, CourseMembers launchers, ClassProgress progress, ClassAttempts attempts,
			ClassDeliveries deliveries) {
		this.memberships = memberships;
		this.launchers = launchers;
		this.progress = progress;
		this.attempts = attempts;
		this.deliveries = deliveries;
	}

	/**
	 * The class as the teacher view shows it.
	 *
	 * @param rows one per student
	 * @param attempts the submitted attempts behind the scores
	 * @param sections how many sections the lesson has
	 * @param roster what came of the roster fetch, for the page to say
	 */
	record ClassView(List<ClassRow> rows, List<Attempt> attempts, int sections, RosterState roster) {
	}

	/**
	 * @param available whether a roster was read
	 * @param note what the teacher should know about it, or null
	 */
	record RosterState(boolean available, @Nullable String note) {
	}

	ClassView build(LaunchContext teacher, boolean refreshRoster) {
		String scope = teacher.scope();
		String link = teacher.resourceLinkId();
		Map<String, Member> roster = new LinkedHashMap<>();
		RosterState state = roster(teacher, refreshRoster, roster);
		Map<String, CourseMembers.Launcher> launched = new LinkedHashMap<>();
		this.launchers.of(scope, link)
			.stream()
			.filter((launcher) -> launcher.experience() == Experience.LEARNER)
			.forEach((launcher) -> launched.put(launcher.subject(), launcher));
		Map<String, ClassProgress.Reading> readings = this.progress.of(scope, link);
		List<Attempt> all = this.attempts.of(scope, link);
		Map<String, ClassDeliveries.Status> grades = this.deliveries.of(teacher.platformId(), scope, link);
		List<String> subjects = Stream
			.concat(roster.keySet().stream(),
					Stream.concat(launched.keySet().stream(), all.stream().map(Attempt::subject)))
			.distinct()
			.toList();
		List<Attempt> submitted = all.stream().filter((a) -> a.status() == Attempt.Status.SUBMITTED).toList();
		// the repository orders attempts by student and number, and grouping keeps that
		// order
		Map<String, List<Attempt>> bySubject = submitted.stream()
			.collect(java.util.stream.Collectors.groupingBy(Attempt::subject));
		List<ClassRow> rows = new ArrayList<>();
		for (String subject : subjects) {
			rows.add(row(subject, roster.get(subject), launched.get(subject), state.available(), readings.get(subject),
					bySubject.getOrDefault(subject, List.of()), grades.get(subject)));
		}
		return new ClassView(rows, submitted, this.progress.sections(), state);
	}

	private RosterState roster(LaunchContext teacher, boolean refresh, Map<String, Member> into) {
		String url = teacher.services().membershipsUrl();
		if (url == null) {
			// N-01: without the claim there is no roster; the table lists who launched
			return new RosterState(false,
					"Your LMS does not share the course roster with this tool, so the table lists students who have "
							+ "opened the activity.");
		}
		try {
			Roster roster = this.memberships.members(teacher.platformId(), url, ContextMemberships.LEARNER, refresh);
			roster.members().stream().filter(Member::learner).forEach((member) -> into.put(member.userId(), member));
			return new RosterState(true,
					roster.truncated() ? "The roster is long; only its first pages are shown." : null);
		}
		catch (PlatformCallException ex) {
			logger.warn("Roster unavailable for {}: {}", teacher.issuer(), Untrusted.bounded(ex.getMessage()));
			return new RosterState(false, "The course roster could not be read just now (" + ex.getMessage()
					+ "); the table lists students " + "who have opened the activity.");
		}
	}

	private static ClassRow row(String subject, @Nullable Member member, CourseMembers.@Nullable Launcher launcher,
			boolean rosterRead, ClassProgress.@Nullable Reading reading, List<Attempt> submitted,
			ClassDeliveries.@Nullable Status delivery) {
		String name = (member != null && member.name() != null) ? member.name()
				: (launcher != null) ? launcher.name() : null;
		String email = (member != null && member.email() != null) ? member.email()
				: (launcher != null) ? launcher.email() : null;
		ClassRow.Membership membership = !rosterRead ? ClassRow.Membership.UNKNOWN
				: (member == null) ? ClassRow.Membership.NOT_IN_ROSTER : switch (member.status()) {
					case ACTIVE -> ClassRow.Membership.ACTIVE;
					case INACTIVE -> ClassRow.Membership.INACTIVE;
					case DELETED -> ClassRow.Membership.DELETED;
				};
		int read = (reading != null) ? reading.sectionsRead() : 0;
		ClassRow.Stage stage = !submitted.isEmpty() ? ClassRow.Stage.SUBMITTED
				: (read > 0 || launcher != null) ? ClassRow.Stage.READING : ClassRow.Stage.NOT_STARTED;
		Integer best = submitted.stream()
			.map(Attempt::score)
			.filter(Objects::nonNull)
			.max(Integer::compare)
			.orElse(null);
		Integer latest = submitted.isEmpty() ? null : submitted.get(submitted.size() - 1).score();
		OffsetDateTime last = Stream
			.of((launcher != null) ? launcher.lastLaunchAt() : null, (reading != null) ? reading.lastReadAt() : null,
					submitted.isEmpty() ? null : submitted.get(submitted.size() - 1).submittedAt())
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		return new ClassRow(subject, (name != null) ? name : anonymous(subject), email, membership, stage, read,
				submitted.size(), best, latest, last, delivery);
	}

	/**
	 * A label that stays the same for a student across visits and reveals nothing of
	 * their id.
	 */
	static String anonymous(String subject) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
			return "Student " + HexFormat.of().formatHex(hash, 0, 3).toUpperCase(java.util.Locale.ROOT);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
