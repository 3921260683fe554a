package org.lessontool.tutor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.lessontool.launch.LaunchSession;
import org.lessontool.launch.RoleRequiredException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The tutor's two doors: a form post that answers on a page of its own (no JavaScript
 * needed), and a small JSON endpoint the lesson page's script uses, open to any front end
 * that carries the launch and CSRF tokens. Question text is data: it is only ever
 * rendered escaped.
 */
@Controller
class TutorController {

	private final TutorService tutor;

	TutorController(TutorService tutor) {
		this.tutor = tutor;
	}

	@PostMapping("/tutor")
	String ask(LaunchSession session, @RequestParam(name = "question", defaultValue = "") String question,
			Model model) {
		model.addAttribute("launchSession", session);
		try {
			model.addAttribute("answer", this.tutor.ask(session.context(), question));
		}
		catch (TutorService.RateLimitedException ex) {
			model.addAttribute("limited", ex.getMessage());
		}
		return "tutor/answer";
	}

	/**
	 * JSON: {@code {"question": "…"}} in, the answer's passages (with their section ids
	 * and titles) or {@code "declined": true} with suggestions out.
	 */
	@PostMapping(path = "/tutor/answers", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, Object>> answer(LaunchSession session, @RequestBody Map<String, Object> request) {
		if (!(request.get("question") instanceof String question)) {
			return ResponseEntity.badRequest()
				.body(Map.of("error", "bad_request", "message", "The body must be {\"question\": \"your question\"}."));
		}
		TutorAnswer answer = this.tutor.ask(session.context(), question);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("question", answer.question());
		body.put("declined", answer.declined());
		if (answer.declined()) {
			body.put("reason", answer.outcome());
		}
		body.put("intro", answer.intro());
		body.put("passages", answer.passages().stream().map(TutorController::passage).toList());
		body.put("suggestions", answer.suggestions());
		return ResponseEntity.ok(body);
	}

	/**
	 * The teacher's list: what the class asked on this activity, most asked first, as
	 * counts without names.
	 */
	@RequestMapping(path = "/tutor/questions", method = { RequestMethod.GET, RequestMethod.POST })
	String questions(LaunchSession session, Model model) {
		RoleRequiredException.requireTeacher(session, "The tutor's question list");
		model.addAttribute("launchSession", session);
		model.addAttribute("asked", this.tutor.mostAsked(session.context()));
		return "tutor/questions";
	}

	@ExceptionHandler(TutorService.RateLimitedException.class)
	@ResponseBody
	ResponseEntity<Map<String, Object>> limited(TutorService.RateLimitedException ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.body(Map.of("error", "rate_limited", "message", ex.getMessage()));
	}

	private static Map<String, Object> passage(Passage passage) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("text", passage.text());
		json.put("kind", passage.kind().name().toLowerCase(java.util.Locale.ROOT));
		json.put("sectionId", passage.sectionId());
		json.put("sectionTitle", passage.sectionTitle());
		json.put("anchor", passage.anchor());
		json.put("source", (passage.kind() == Passage.Kind.DEFINITION) ? "glossary" : "lesson");
		return json;
	}

}
