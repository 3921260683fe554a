package org.lessontool.quiz;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lessontool.content.QuizLayout;
import org.lessontool.launch.Experience;
import org.lessontool.launch.LaunchContext;
import org.lessontool.launch.LaunchSession;
import org.lessontool.launch.RoleRequiredException;
import org.lessontool.support.StencilPages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The quiz as a plain HTML form that submits and scores without JavaScript, and its
 * result page. Every request carries the launch token; submits also carry the launch's
 * CSRF token.
 */
@Controller
class QuizController {

	private final QuizService quizzes;

	private final ObjectProvider<GradeReports> reports;

	private final StencilPages pages;

	QuizController(QuizService quizzes, ObjectProvider<GradeReports> reports, StencilPages pages) {
		this.quizzes = quizzes;
		this.reports = reports;
		this.pages = pages;
	}

	/**
	 * The quiz page, kept as a stencil per variant (a teacher's preview of the bank, or a
	 * student's attempt) and filled with the student's attempt (issue 19).
	 */
	@RequestMapping(path = "/quiz", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<String> quiz(LaunchSession session, HttpServletRequest request, HttpServletResponse response) {
		boolean preview = session.context().experience() == Experience.TEACHER;
		List<Attempt> taken = this.quizzes.history(session.context());
		Optional<Attempt> attempt = preview ? Optional.of(this.quizzes.preview(session.context(), null))
				: this.quizzes.open(session, taken);
		var bank = this.quizzes.content().content().quiz();
		QuizPageReader reader = new QuizPageReader(session, preview, attempt.orElse(null),
				QuizPolicy.from(session.context().custom()),
				attempt.map((a) -> bank.view(a.layout())).orElse(bank.view(QuizLayout.NONE)),
				taken.stream().filter((a) -> a.status() == Attempt.Status.SUBMITTED).toList());
		return this.pages.page("quiz/quiz", preview ? "preview" : "attempt",
				() -> Map.of("preview", preview, "lessonTitle", this.quizzes.content().content().lesson().title(),
						"bankSize", bank.questions().size(), "quizCount", bank.questionCount(), "launchSession",
						StencilPages.LAUNCH_TOKENS),
				QuizPageReader.MARKS, reader, request, response);
	}

	@PostMapping("/quiz/attempts/{id}/submit")
	ResponseEntity<String> submit(LaunchSession session, @PathVariable String id, HttpServletRequest request,
			HttpServletResponse response) {
		Map<String, String[]> form = request.getParameterMap();
		Attempt attempt = this.quizzes.submit(session, id, form);
		return result(session, attempt, request, response);
	}

	/** A teacher's preview is scored and shown, and nothing is stored or sent. */
	@PostMapping("/quiz/preview")
	ResponseEntity<String> preview(LaunchSession session, HttpServletRequest request, HttpServletResponse response) {
		RoleRequiredException.requireTeacher(session, "The quiz preview");
		return result(session, this.quizzes.preview(session.context(), request.getParameterMap()), request, response);
	}

	/** An open attempt shows the quiz page, a submitted one its result. */
	@RequestMapping(path = "/quiz/attempts/{id}", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<String> show(LaunchSession session, @PathVariable String id, HttpServletRequest request,
			HttpServletResponse response) {
		Attempt attempt = this.quizzes.own(session.context(), id);
		if (attempt.status() != Attempt.Status.SUBMITTED) {
			return quiz(session, request, response);
		}
		return result(session, attempt, request, response);
	}

	/**
	 * The result page, kept as a stencil per variant (preview or attempt) and filled with
	 * the student's result (issue 19).
	 */
	private ResponseEntity<String> result(LaunchSession session, Attempt attempt, HttpServletRequest request,
			HttpServletResponse response) {
		boolean preview = QuizService.PREVIEW.equals(attempt.id());
		QuizPolicy policy = QuizPolicy.from(session.context().custom());
		int taken = this.quizzes.history(session.context()).size();
		QuizReview review = QuizReview.of(this.quizzes.content().content(), attempt,
				preview || policy.showsAnswers(taken));
		GradeReport grade = preview ? null : gradeReport(session.context(), attempt);
		String poll = GradeStatusText.pending(grade)
				? request.getContextPath() + "/quiz/attempts/" + attempt.id() + "/grade" : "";
		ResultPageReader reader = new ResultPageReader(session, attempt, review,
				this.quizzes.content().content().lesson(), grade,
				(policy.maxAttempts() == 0) ? -1 : Math.max(0, policy.maxAttempts() - taken), poll);
		return this.pages.page("quiz/result", preview ? "preview" : "attempt",
				() -> Map.of("preview", preview, "launchSession", StencilPages.LAUNCH_TOKENS), ResultPageReader.MARKS,
				reader, request, response);
	}

	/**
	 * The grade's status as the result page polls it (issue 16), for the student's own
	 * attempt only.
	 */
	@PostMapping(path = "/quiz/attempts/{id}/grade", produces = "application/json")
	@ResponseBody
	Map<String, Object> grade(LaunchSession session, @PathVariable String id) {
		Attempt attempt = this.quizzes.own(session.context(), id);
		GradeReport report = gradeReport(session.context(), attempt);
		return Map.of("state", (report != null) ? report.state().name() : "NONE", "text", GradeStatusText.of(report),
				"pending", GradeStatusText.pending(report));
	}

	private @Nullable GradeReport gradeReport(LaunchContext launch, Attempt attempt) {
		if (!launch.services().collectsGrades()) {
			return null;
		}
		GradeReports provider = this.reports.getIfAvailable();
		return (provider != null) ? provider.forAttempt(attempt.id()).orElse(null) : null;
	}

}
