package org.lessontool.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Null-tolerant list copies, because a lesson file may leave any list out. */
final class Lists {

	private Lists() {
	}

	static <T> List<T> copy(List<T> list) {
		return (list != null) ? Collections.unmodifiableList(new ArrayList<>(list)) : List.of();
	}

}
