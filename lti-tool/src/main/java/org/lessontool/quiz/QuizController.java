package org.lessontool.quiz;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.lessontool.content.QuizLayout;
import org.lessontool.launch.Experience;
import org.lessontool.launch.LaunchContext;
import org.lessontool.launch.LaunchSession;
import org.lessontool.launch.RoleRequiredException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

	QuizController(QuizService quizzes, ObjectProvider<GradeReports> reports) {
		this.quizzes = quizzes;
		this.reports = reports;
	}

	@RequestMapping(path = "/quiz", method = { RequestMethod.GET, RequestMethod.POST })
	String quiz(LaunchSession session, Model model) {
		boolean preview = session.context().experience() == Experience.TEACHER;
		Optional<Attempt> attempt = preview ? Optional.of(this.quizzes.preview(session.context(), null))
				: this.quizzes.open(session);
		common(session, model);
		model.addAttribute("preview", preview);
		model.addAttribute("attempt", attempt.orElse(null));
		var bank = this.quizzes.content().content().quiz();
		model.addAttribute("quiz", attempt.map((a) -> bank.view(a.layout())).orElse(bank.view(QuizLayout.NONE)));
		model.addAttribute("bankSize", bank.questions().size());
		model.addAttribute("quizCount", bank.questionCount());
		return "quiz/quiz";
	}

	@PostMapping("/quiz/attempts/{id}/submit")
	String submit(LaunchSession session, @PathVariable String id, HttpServletRequest request, Model model) {
		Map<String, String[]> form = request.getParameterMap();
		Attempt attempt = this.quizzes.submit(session, id, form);
		return result(session, attempt, model);
	}

	/** A teacher's preview is scored and shown, and nothing is stored or sent. */
	@PostMapping("/quiz/preview")
	String preview(LaunchSession session, HttpServletRequest request, Model model) {
		RoleRequiredException.requireTeacher(session, "The quiz preview");
		return result(session, this.quizzes.preview(session.context(), request.getParameterMap()), model);
	}

	@RequestMapping(path = "/quiz/attempts/{id}", method = { RequestMethod.GET, RequestMethod.POST })
	String show(LaunchSession session, @PathVariable String id, Model model) {
		Attempt attempt = this.quizzes.own(session.context(), id);
		if (attempt.status() != Attempt.Status.SUBMITTED) {
			return quiz(session, model);
		}
		return result(session, attempt, model);
	}

	private String result(LaunchSession session, Attempt attempt, Model model) {
		common(session, model);
		model.addAttribute("attempt", attempt);
		boolean preview = QuizService.PREVIEW.equals(attempt.id());
		QuizPolicy policy = QuizPolicy.from(session.context().custom());
		model.addAttribute("review", QuizReview.of(this.quizzes.content().content(), attempt,
				preview || policy.showsAnswers(taken(session))));
		model.addAttribute("preview", preview);
		GradeReport grade = preview ? null : gradeReport(session.context(), attempt);
		model.addAttribute("grade", grade);
		model.addAttribute("gradeText", GradeStatusText.of(grade));
		model.addAttribute("gradePending", GradeStatusText.pending(grade));
		int taken = taken(session);
		model.addAttribute("attemptsLeft",
				(policy.maxAttempts() == 0) ? -1 : Math.max(0, policy.maxAttempts() - taken));
		return "quiz/result";
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

	private int taken(LaunchSession session) {
		return this.quizzes.history(session.context()).size();
	}

	private void common(LaunchSession session, Model model) {
		LaunchContext launch = session.context();
		List<Attempt> history = this.quizzes.history(launch);
		QuizPolicy policy = QuizPolicy.from(launch.custom());
		model.addAttribute("launchSession", session);
		model.addAttribute("launch", launch);
		model.addAttribute("policy", policy);
		model.addAttribute("history", history.stream().filter((a) -> a.status() == Attempt.Status.SUBMITTED).toList());
		var lesson = this.quizzes.content().content().lesson();
		model.addAttribute("lessonTitle", lesson.title());
		// issue 16: one name per section, as the lesson, the tutor and the teacher view
		// give it
		Map<String, String> titles = new java.util.LinkedHashMap<>();
		lesson.sections().forEach((section) -> titles.put(section.id(), lesson.titleOf(section)));
		model.addAttribute("sectionTitles", titles);
	}

	private @Nullable GradeReport gradeReport(LaunchContext launch, Attempt attempt) {
		if (!launch.services().collectsGrades()) {
			return null;
		}
		GradeReports provider = this.reports.getIfAvailable();
		return (provider != null) ? provider.forAttempt(attempt.id()).orElse(null) : null;
	}

}
