package org.lessontool.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;

import org.lessontool.grading.ClassDeliveries;
import org.lessontool.launch.LaunchContext;
import org.lessontool.launch.LaunchSession;
import org.lessontool.launch.RoleRequiredException;
import org.lessontool.lesson.ClassProgress;
import org.lessontool.lesson.TryItResponses;
import org.lessontool.quiz.ClassAttempts;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The teacher view of the launched resource link. Every URL checks the stored launch's
 * context role, and reads only the launch's own course and link (lti-checklist Z-11): ids
 * in a form cannot reach another class.
 */
@Controller
class TeacherController {

	private final ClassTable table;

	private final ClassAttempts quiz;

	private final ClassDeliveries deliveries;

	private final MeterRegistry meters;

	private final Clock clock;

	private final TryItResponses notes;

	private final ClassProgress progress;

	TeacherController(ClassTable table, ClassAttempts quiz, ClassDeliveries deliveries, MeterRegistry meters,
			Clock clock, TryItResponses notes, ClassProgress progress) {
		this.notes = notes;
		this.progress = progress;
		this.table = table;
		this.quiz = quiz;
		this.deliveries = deliveries;
		this.meters = meters;
		this.clock = clock;
	}

	@RequestMapping(path = "/teacher", method = { RequestMethod.GET, RequestMethod.POST })
	String view(LaunchSession session, @RequestParam(name = "sort", defaultValue = "name") String sort,
			@RequestParam(name = "dir", defaultValue = "asc") String direction,
			@RequestParam(name = "refresh", defaultValue = "false") boolean refresh, Model model) {
		LaunchContext launch = teacher(session);
		ClassTable.ClassView view = this.table.build(launch, refresh);
		ClassSort order = ClassSort.of(sort, direction);
		List<ClassAttempts.Item> items = this.quiz.items();
		ItemAnalysis analysis = ItemAnalysis.of(items, view.attempts());
		ScoreDistribution distribution = ScoreDistribution.of(view.attempts(), this.quiz.questionCount());
		model.addAttribute("launchSession", session);
		model.addAttribute("launch", launch);
		List<ClassRow> rows = order.apply(view.rows());
		model.addAttribute("rows", rows);
		Map<String, Map<String, String>> notes = this.notes.forLink(launch.scope(), launch.resourceLinkId());
		model.addAttribute("notes", notes);
		model.addAttribute("noteRows", rows.stream().filter((row) -> notes.containsKey(row.subject())).toList());
		model.addAttribute("tryIts", this.progress.tryIts());
		model.addAttribute("sections", view.sections());
		model.addAttribute("roster", view.roster());
		model.addAttribute("sort", order);
		model.addAttribute("maxScore", this.quiz.questionCount());
		model.addAttribute("analysis", analysis);
		model.addAttribute("hardestFirst", analysis.hardestFirst());
		model.addAttribute("distribution", distribution);
		model.addAttribute("distributionChart", distribution.chart());
		model.addAttribute("summary", summary(view.rows()));
		this.meters.counter("dashboard.views").increment();
		return "dashboard/teacher";
	}

	@PostMapping("/teacher/class.csv")
	ResponseEntity<byte[]> csv(LaunchSession session) {
		LaunchContext launch = teacher(session);
		ClassTable.ClassView view = this.table.build(launch, false);
		byte[] body = ClassCsv.write(ClassSort.of("name", "asc").apply(view.rows()), view.sections(),
				this.quiz.questionCount(), this.progress.tryIts(),
				this.notes.forLink(launch.scope(), launch.resourceLinkId()));
		String name = "lesson-964-class-" + LocalDate.now(this.clock) + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	@PostMapping("/teacher/deliveries/{id}/resend")
	String resend(LaunchSession session, @PathVariable long id, Model model) {
		LaunchContext launch = teacher(session);
		boolean queued = this.deliveries.resend(id, launch.platformId(), launch.scope(), launch.resourceLinkId());
		model.addAttribute("notice", queued ? "The grade is queued to be sent again."
				: "That grade cannot be resent: it was delivered, replaced by a later score, or is not in this class.");
		return view(session, "name", "asc", false, model);
	}

	/** Z-11: the role comes from the stored launch on every request. */
	private static LaunchContext teacher(LaunchSession session) {
		RoleRequiredException.requireTeacher(session, "The teacher view");
		if (session.context().resourceLinkId() == null) {
			throw new RoleRequiredException("The teacher view opens from an activity in the course.");
		}
		return session.context();
	}

	private static Summary summary(List<ClassRow> rows) {
		List<ClassRow> counted = rows.stream().filter(ClassRow::counted).toList();
		return new Summary(counted.size(),
				(int) counted.stream().filter((row) -> row.stage() == ClassRow.Stage.NOT_STARTED).count(),
				(int) counted.stream().filter((row) -> row.stage() == ClassRow.Stage.READING).count(),
				(int) counted.stream().filter((row) -> row.stage() == ClassRow.Stage.SUBMITTED).count(),
				(int) rows.stream()
					.filter((row) -> row.delivery() != null && "FAILED".equals(row.delivery().status()))
					.count());
	}

	/**
	 * The counts above the table.
	 *
	 * @param students students counted (inactive and departed ones are not)
	 * @param notStarted who has not opened the activity
	 * @param reading who opened it and has not submitted
	 * @param submitted who submitted at least once
	 * @param undelivered grades that did not reach the gradebook
	 */
	record Summary(int students, int notStarted, int reading, int submitted, int undelivered) {
	}

}
