package org.lessontool.test;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Debian's chromedriver. No driver or browser is
 * downloaded: {@code CHROME_BIN} and {@code CHROMEDRIVER} name them when they are not at
 * the Debian paths.
 * <p>
 * Starting a Chromium costs seconds, so a test hands its browser back with
 * {@link #release} and the next test with the same settings gets it again, in a fresh tab
 * with every cookie gone; the test JVM quits them when it ends.
 */
public final class Browser {

	private static final Map<Map<String, Object>, Deque<ChromeDriver>> idle = new ConcurrentHashMap<>();

	private static final Map<ChromeDriver, Map<String, Object>> settings = new ConcurrentHashMap<>();

	static {
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> idle.values().forEach((drivers) -> drivers.forEach(ChromeDriver::quit))));
	}

	private Browser() {
	}

	/**
	 * Hands the browser back for the next test with the same settings, or quits it if it
	 * cannot be made clean: a new tab (no session storage, no emulated media, no history)
	 * and no cookie, partitioned or not.
	 */
	public static void release(ChromeDriver driver) {
		Map<String, Object> prefs = settings.remove(driver);
		if (prefs == null) {
			return;
		}
		try {
			String fresh = driver.switchTo().newWindow(WindowType.TAB).getWindowHandle();
			for (String handle : driver.getWindowHandles()) {
				if (!handle.equals(fresh)) {
					driver.switchTo().window(handle).close();
				}
			}
			driver.switchTo().window(fresh);
			driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
			driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
			Object cookies = driver.executeCdpCommand("Network.getAllCookies", Map.of()).get("cookies");
			if (cookies instanceof List<?> left && left.isEmpty()) {
				idle.computeIfAbsent(prefs, (key) -> new ConcurrentLinkedDeque<>()).push(driver);
				return;
			}
		}
		catch (WebDriverException ex) {
			// a browser that cannot be cleaned is not reused
		}
		driver.quit();
	}

	public static ChromeDriver start(int width, int height) {
		return start(width, height, false);
	}

	/**
	 * @param blockCookies block every cookie, as the strictest iframe settings (Safari,
	 * Brave) do for a tool inside an LMS
	 */
	public static ChromeDriver start(int width, int height, boolean blockCookies) {
		return start(width, height, blockCookies, true);
	}

	/**
	 * Blocks third-party cookies as Chrome's setting does; partitioned cookies (CHIPS)
	 * still work in a frame (lti-checklist S-01).
	 */
	public static ChromeDriver startBlockingThirdPartyCookies(int width, int height) {
		return start(width, height,
				Map.of("profile.cookie_controls_mode", 1, "profile.block_third_party_cookies", true));
	}

	/**
	 * Keeps no cookie of {@code embedded} while it is framed by {@code topLevel}, but
	 * does in a tab of its own, as a browser without partitioned cookies does inside an
	 * LMS's iframe (Safari before 18.4).
	 */
	public static ChromeDriver startWithoutFramedCookies(int width, int height, String embedded, String topLevel) {
		return start(width, height,
				Map.of("profile.cookie_controls_mode", 1, "profile.block_third_party_cookies", true,
						"profile.content_settings.exceptions.cookies",
						Map.of(embedded + "," + topLevel, Map.of("setting", 2))));
	}

	/**
	 * @param javascript false to run with scripts off, as some school devices are set
	 */
	public static ChromeDriver start(int width, int height, boolean blockCookies, boolean javascript) {
		java.util.Map<String, Object> prefs = new java.util.HashMap<>();
		if (blockCookies) {
			prefs.put("profile.default_content_setting_values.cookies", 2);
			prefs.put("profile.block_third_party_cookies", true);
		}
		if (!javascript) {
			prefs.put("profile.managed_default_content_settings.javascript", 2);
		}
		return start(width, height, prefs);
	}

	private static ChromeDriver start(int width, int height, Map<String, Object> prefs) {
		Deque<ChromeDriver> ready = idle.get(prefs);
		ChromeDriver driver = (ready != null) ? ready.poll() : null;
		if (driver == null) {
			driver = launch(prefs);
		}
		settings.put(driver, Map.copyOf(prefs));
		driver.manage().window().setSize(new Dimension(width, height));
		return driver;
	}

	private static ChromeDriver launch(Map<String, Object> prefs) {
		ChromeOptions options = new ChromeOptions();
		if (!prefs.isEmpty()) {
			options.setExperimentalOption("prefs", prefs);
		}
		options.setBinary(env("CHROME_BIN", "/usr/bin/chromium"));
		try {
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync",
					// the demo's Canvas-like school site, on this machine's IPv4 loopback
					"--host-resolver-rules=MAP school.localhost 127.0.0.1", "--user-data-dir="
							+ Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(env("CHROMEDRIVER", "/usr/bin/chromedriver")))
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	/**
	 * Runs axe-core on the current page and describes each violation, empty when there
	 * are none.
	 */
	public static List<String> accessibilityViolations(ChromeDriver driver) {
		Results results = new AxeBuilder().analyze(driver);
		// axe-core runs as a script: where it could not run it reports nothing at all,
		// which must not read as a page without violations
		if (results.getErrorMessage() != null || results.getPasses().isEmpty()) {
			throw new IllegalStateException(
					"axe-core did not run on " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
		}
		return results.getViolations().stream().map(Browser::describe).collect(Collectors.toList());
	}

	/** Whether the current document is wider than its window (a sideways scroll). */
	public static boolean scrollsSideways(ChromeDriver driver) {
		return Boolean.TRUE.equals(driver
			.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;"));
	}

	/**
	 * The words in table cells that the layout broke across lines ("Stu/den/t"): each
	 * word's rendered boxes must sit on one line; a compound may break after its hyphen.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> wordsBrokenInTables(ChromeDriver driver) {
		return (List<String>) driver.executeScript("""
				var broken = [];
				document.querySelectorAll('td, th').forEach(function (cell) {
					var walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
					var node;
					while ((node = walker.nextNode())) {
						// a break after a hyphen or a slash is the language's own, not a broken word
						var words = /[^\\s\\-\\/]+[\\-\\/]*/g, match;
						while ((match = words.exec(node.textContent))) {
							var range = document.createRange();
							range.setStart(node, match.index);
							range.setEnd(node, match.index + match[0].length);
							var lines = {};
							Array.prototype.forEach.call(range.getClientRects(), function (box) {
								if (box.width > 0) { lines[Math.round(box.bottom)] = true; }
							});
							if (Object.keys(lines).length > 1) { broken.push(match[0]); }
						}
					}
				});
				return broken;""");
	}

	/** Switches the page between the light and the dark colour scheme. */
	public static void colorScheme(ChromeDriver driver, String scheme) {
		driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
				List.of(java.util.Map.of("name", "prefers-color-scheme", "value", scheme))));
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes()
					.stream()
					.map((node) -> String.valueOf(node.getTarget()))
					.collect(Collectors.joining(", "));
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
