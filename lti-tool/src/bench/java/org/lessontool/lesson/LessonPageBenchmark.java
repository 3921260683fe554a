package org.lessontool.lesson;

import java.util.List;
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

import org.lessontool.LessonToolApplication;
import org.lessontool.launch.LaunchContext;
import org.lessontool.launch.LaunchSession;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;

/**
 * Writing the lesson page for a launched student: the stencil rendered once from the
 * tool's Thymeleaf template, filled with the reader's own parts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LessonPageBenchmark {

	ConfigurableApplicationContext context;

	LessonView view;

	LessonReader reader;

	MockServletContext servlets = new MockServletContext();

	@Setup
	public void start() {
		this.context = new SpringApplicationBuilder(LessonToolApplication.class).profiles("test")
			.properties(Map.of("server.port", "0", "logging.level.root", "WARN"))
			.run();
		this.view = this.context.getBean(LessonView.class);
		LaunchContext launch = new LaunchContext("launch", "platform", "https://lms.example.org", "client", "1",
				"LtiResourceLinkRequest", "course", "AI for Teens", "link", "Lesson 964", "student", "Sam Student",
				null, List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"),
				new LaunchContext.Services(null, null, List.of(), null), Map.of(), "iframe", null, null, List.of(),
				"csrf", null);
		LessonBody body = this.context.getBean(LessonBody.class);
		this.reader = LessonReader.of(body.page().lesson(), new LaunchSession(launch, "token"), Set.of("s1"), Map.of(),
				null);
	}

	@Benchmark
	public String render() {
		MockHttpServletRequest request = new MockHttpServletRequest(this.servlets, "POST", "/lesson");
		return this.view.page(this.reader, request, new MockHttpServletResponse()).getBody();
	}

	@TearDown
	public void stop() {
		this.context.close();
	}

}
