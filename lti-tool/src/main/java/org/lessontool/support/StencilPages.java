package org.lessontool.support;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Pages kept as {@link Stencil}s: a template rendered once for each variant (a kind of
 * reader), then filled per request. The first request for a variant renders it, since a
 * template's links need a web request (the context path).
 */
@Component
public class StencilPages {

	/**
	 * The launch session a stencil's templates are rendered with: its forms carry marks
	 * for the launch token and the CSRF token, filled per request.
	 */
	public static final Map<String, Object> LAUNCH_TOKENS = Map.of("token", "{{lt}}", "context",
			Map.of("csrfToken", "{{csrf}}"));

	private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

	private final SpringTemplateEngine templates;

	private final Map<String, Stencil> stencils = new ConcurrentHashMap<>();

	StencilPages(SpringTemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * @param variables the template's variables for this variant, asked for once
	 */
	public ResponseEntity<String> page(String template, String variant, Supplier<Map<String, Object>> variables,
			Stencil.Marks marks, Stencil.Reader reader, HttpServletRequest request, HttpServletResponse response) {
		Stencil stencil = this.stencils.computeIfAbsent(template + " " + variant, (key) -> {
			var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
				.buildExchange(request, response);
			WebContext context = new WebContext(exchange, Locale.ENGLISH, variables.get());
			return Stencil.parse(this.templates.process(template, context), marks);
		});
		return ResponseEntity.ok().contentType(HTML).body(stencil.fill(reader));
	}

}
