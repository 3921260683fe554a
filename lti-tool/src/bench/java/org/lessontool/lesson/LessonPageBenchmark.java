package org.lessontool.lesson;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.lessontool.LessonToolApplication;
import org.lessontool.launch.LaunchContext;
import org.lessontool.launch.LaunchSession;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;

/**
 * Rendering the lesson page (Thymeleaf, the tool's own template) for a launched student.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LessonPageBenchmark {

	ConfigurableApplicationContext context;

	SpringTemplateEngine engine;

	JakartaServletWebApplication application;

	Map<String, Object> model;

	@Setup
	public void start() {
		this.context = new SpringApplicationBuilder(LessonToolApplication.class).profiles("test")
			.properties(Map.of("server.port", "0", "logging.level.root", "WARN"))
			.run();
		this.engine = this.context.getBean(SpringTemplateEngine.class);
		this.application = JakartaServletWebApplication.buildApplication(new MockServletContext());
		LaunchContext launch = new LaunchContext("launch", "platform", "https://lms.example.org", "client", "1",
				"LtiResourceLinkRequest", "course", "AI for Teens", "link", "Lesson 964", "student", "Sam Student",
				null, List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"),
				new LaunchContext.Services(null, null, List.of(), null), Map.of(), "iframe", null, null, List.of(),
				"csrf", null);
		LessonBody body = this.context.getBean(LessonBody.class);
		this.model = Map.of("page", body.page(), "bodyParts", body.parts(), "notes", Map.of(), "launchSession",
				new LaunchSession(launch, "token"), "launch", launch, "viewed", Set.of("s1"));
	}

	@Benchmark
	public String render() {
		WebContext page = new WebContext(this.application.buildExchange(new MockHttpServletRequest("POST", "/lesson"),
				new MockHttpServletResponse()), Locale.ENGLISH, this.model);
		return this.engine.process("lesson/lesson", page);
	}

	@TearDown
	public void stop() {
		this.context.close();
	}

}
