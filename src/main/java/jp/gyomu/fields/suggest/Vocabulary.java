package jp.gyomu.fields.suggest;

import java.util.Optional;

/** Whether a text is made of the words labels are made of (氏名, 申請日, 電話番号). */
final class Vocabulary {

  private Vocabulary() {}

  /** Every character of the text is read by the list of form words (not by kana rules). */
  static boolean isFormWord(String text) {
    Optional<java.util.List<String>> words = Romaji.formWordsOnly(text);
    return words.isPresent();
  }
}
