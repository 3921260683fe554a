package org.lessontool.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A key term is tied to exactly the sections whose text uses it, so "Key terms in this
 * lesson" lists neither strangers nor omissions.
 */
final class TermTiesRule implements ContentRule {

	@Override
	public List<ContentProblem> check(LessonContent content) {
		List<ContentProblem> problems = new ArrayList<>();
		for (int i = 0; i < content.keyTerms().size(); i++) {
			KeyTerm term = content.keyTerms().get(i);
			if (term.matches().isEmpty()) {
				continue;
			}
			TermMatcher matcher = new TermMatcher(List.of(term));
			Set<String> usedIn = new LinkedHashSet<>();
			for (Section section : content.lesson().sections()) {
				if (section.texts().stream().anyMatch((text) -> !matcher.find(text).isEmpty())) {
					usedIn.add(section.id());
				}
			}
			if (!usedIn.equals(new LinkedHashSet<>(term.sections()))) {
				problems.add(new ContentProblem(LessonFiles.KEY_TERMS, "terms[" + i + "].sections", "'" + term.id()
						+ "' lists sections " + term.sections() + " but the text uses it in " + usedIn));
			}
		}
		return problems;
	}

}
