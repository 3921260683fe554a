package org.lessontool.lesson;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.lessontool.launch.Experience;
import org.lessontool.launch.LaunchSession;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The lesson page: lesson/lesson.html rendered once for each kind of reader into a
 * {@link Stencil}, then filled with each reader's own parts. The first page asked for
 * renders it, since the template's links need a web request (the context path).
 */
@Component
class LessonView {

	/** The placeholders the stencil's forms carry for the launch's tokens. */
	private static final Map<String, Object> TOKENS = Map.of("token", "{{lt}}", "context",
			Map.of("csrfToken", "{{csrf}}"));

	private static final String PREVIEW = "PREVIEW";

	private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

	private final SpringTemplateEngine templates;

	private final LessonBody body;

	private final Map<String, Stencil> stencils = new ConcurrentHashMap<>();

	LessonView(SpringTemplateEngine templates, LessonBody body) {
		this.templates = templates;
		this.body = body;
	}

	ResponseEntity<String> page(LessonReader reader, HttpServletRequest request, HttpServletResponse response) {
		LaunchSession session = reader.session();
		Experience experience = (session != null) ? session.context().experience() : null;
		String variant = (experience != null) ? experience.name() : PREVIEW;
		Stencil stencil = this.stencils.computeIfAbsent(variant, (key) -> render(key, request, response));
		return ResponseEntity.ok().contentType(HTML).body(stencil.fill(reader));
	}

	private Stencil render(String variant, HttpServletRequest request, HttpServletResponse response) {
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response);
		WebContext context = new WebContext(exchange, Locale.ENGLISH,
				Map.of("page", this.body.page(), "bodyParts", this.body.parts(), "variant", variant, "ls", TOKENS));
		return Stencil.parse(this.templates.process("lesson/lesson", context), LessonReader.VALUES,
				LessonReader.CONDITIONS);
	}

}
