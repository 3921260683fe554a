package org.lessontool.tutor;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17: two rankings fused by reciprocal rank, with a little for the intent. */
class RankingTests {

	final Passage only = passage(0, "Fine-tuning is expensive.");

	final Passage both = passage(1, "Fine-tune only when you have thousands of examples.");

	final Passage meaning = passage(2, "Most teen-friendly use is prompting.");

	@Test
	void whenBothRankingsLikeAPassageThenItLeadsOneThatOnlyOneRankingPutsFirst() {
		List<Ranking.Ranked> ranked = Ranking.fuse(hits(this.only, this.both), hits(this.meaning, this.both),
				Intent.OTHER);
		assertThat(ranked).extracting(Ranking.Ranked::passage).startsWith(this.both);
		assertThat(ranked.get(0).score()).isEqualTo(2.0 / (Ranking.K + 2));
	}

	@Test
	void whenThereIsNoSemanticRankingThenTheLexicalOrderStands() {
		assertThat(Ranking.fuse(hits(this.only, this.both), List.of(), Intent.OTHER))
			.extracting(Ranking.Ranked::passage)
			.containsExactly(this.only, this.both);
	}

	@Test
	void whenAPassageGivesWhatIsAskedThenItGainsAQuarterOfItsEvidence() {
		// "only when" answers a when-question: it passes the passage ranked just above it
		assertThat(Ranking.fuse(hits(this.only, this.both), List.of(), Intent.WHEN)).extracting(Ranking.Ranked::passage)
			.startsWith(this.both);
		// but it does not lift a passage neither ranking likes over one both put first
		assertThat(Ranking.fuse(hits(this.only), hits(this.only, this.meaning), Intent.WHEN))
			.extracting(Ranking.Ranked::passage)
			.startsWith(this.only);
	}

	static List<TutorIndex.Hit> hits(Passage... passages) {
		return java.util.Arrays.stream(passages).map((passage) -> new TutorIndex.Hit(passage, 1f)).toList();
	}

	static Passage passage(int id, String text) {
		return new Passage(id, Passage.Kind.SENTENCE, text, "s5", "Section 5", List.of("s5"), "s5", null);
	}

}
