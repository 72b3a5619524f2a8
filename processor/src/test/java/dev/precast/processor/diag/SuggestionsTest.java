package dev.precast.processor.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> COLUMNS = List.of("id", "name", "email", "created_at");

  @Test
  void suggestsTheClosestCandidate() {
    assertThat(Suggestions.didYouMean("emial", COLUMNS)).isEqualTo("; did you mean \"email\"?");
    assertThat(Suggestions.didYouMean("creatd_at", COLUMNS))
        .isEqualTo("; did you mean \"created_at\"?");
  }

  @Test
  void comparesWithoutCaseButSuggestsTheCandidateAsSpelt() {
    assertThat(Suggestions.didYouMean("EMAIL", COLUMNS)).isEqualTo("; did you mean \"email\"?");
  }

  @Test
  void suggestsNothingWhenNoCandidateIsClose() {
    assertThat(Suggestions.didYouMean("telephone", COLUMNS)).isEmpty();
    assertThat(Suggestions.didYouMean("x", List.of())).isEmpty();
  }

  @Test
  void allowsAboutOneEditInThreeCharacters() {
    assertThat(Suggestions.didYouMean("nme", COLUMNS)).isEqualTo("; did you mean \"name\"?");
    assertThat(Suggestions.didYouMean("nmx", COLUMNS)).isEmpty();
  }

  @Test
  void distanceCountsASwapOfNeighboursAsOneEdit() {
    assertThat(Suggestions.distance("email", "emial")).isEqualTo(1);
    assertThat(Suggestions.distance("email", "email")).isZero();
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
  }
}
