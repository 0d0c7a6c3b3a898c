package org.pacto.portability.calculation;

import java.util.List;

/**
 * A language-neutral phrase used inside a step or warning: a message code (relative to the
 * interface's {@code portability.} keys, e.g. {@code "yes"}, {@code "basis.pro-rata"}) and its
 * arguments. The web layer renders it in the reader's language.
 */
public record Text(String code, List<Object> arguments) {

  public Text {
    arguments = List.copyOf(arguments);
  }

  public static Text of(String code, Object... arguments) {
    return new Text(code, List.of(arguments));
  }
}
