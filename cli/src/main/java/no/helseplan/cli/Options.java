package no.helseplan.cli;

import no.helseplan.vocabulary.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Option values the commands share. */
final class Options {
  private Options() {}

  /**
   * Reads a language code (nb, nn or en; en only if allowed).
   *
   * @throws ParameterException a usage error (exit 2) on any other value
   */
  static Language language(CommandSpec spec, String option, String code, boolean englishAllowed) {
    return Language.ofCode(code).filter(l -> englishAllowed || l != Language.EN)
        .orElseThrow(() -> new ParameterException(spec.commandLine(),
            option + " must be " + (englishAllowed ? "nb, nn or en" : "nb or nn") + ", not '" + code + "'"));
  }
}
