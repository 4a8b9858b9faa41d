package jp.gyomu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a crash drill drops into the inbox: numbered scans, a few exact copies of some of them
 * (to become DUPLICATE) and a few text files named .png (to be QUARANTINED). Every file name is
 * unique, so a document row finds its input by name.
 */
final class DrillInputs {

  /** What should become of an input. */
  enum Expect {
    /** A case is started, or it is the DUPLICATE of its copy that was read first. */
    READ,
    /** Same bytes as {@link Input#copyOf}. */
    COPY,
    /** Refused by preflight, with a reason file in quarantine/. */
    QUARANTINE
  }

  /** One file of the batch, kept in {@code staging/<type>/<name>} until it is dropped. */
  record Input(String type, String name, Expect expect, String copyOf) {

    String relativePath() {
      return type + "/" + name;
    }
  }

  private DrillInputs() {}

  static int copies(int n) {
    return Math.max(2, n * 3 / 100);
  }

  static int refused(int n) {
    return Math.max(2, n * 2 / 100);
  }

  /** Writes {@code n} inputs into {@code staging}, scans taken from the drawn {@code forms}. */
  static List<Input> write(List<LoadForms.Form> forms, int n, Path staging) throws IOException {
    int copies = copies(n);
    int refused = refused(n);
    int scans = n - copies - refused;
    List<Input> inputs = new ArrayList<>();
    for (var form : forms.subList(0, scans)) {
      var input = new Input(form.type(), form.file().getFileName().toString(), Expect.READ, null);
      copy(form.file(), staging.resolve(input.relativePath()));
      inputs.add(input);
    }
    for (int i = 0; i < copies; i++) {
      // spread over the batch so that some copies arrive while their original is being read
      var original = inputs.get((i * 7 + 3) % scans);
      var input =
          new Input(original.type(), "copy-" + original.name(), Expect.COPY, original.name());
      copy(staging.resolve(original.relativePath()), staging.resolve(input.relativePath()));
      inputs.add(input);
    }
    for (int i = 1; i <= refused; i++) {
      var input = new Input("invoice", "not-a-scan-%03d.png".formatted(i), Expect.QUARANTINE, null);
      Path file = Files.createDirectories(staging.resolve(input.type())).resolve(input.name());
      Files.writeString(
          file, "This is a text file named like a scan (" + i + ").\n", StandardCharsets.UTF_8);
      inputs.add(input);
    }
    return inputs;
  }

  /** Moves the staged inputs into the inbox, each whole (a rename on the same file system). */
  static void drop(List<Input> inputs, Path staging, Path inbox) throws IOException {
    for (var input : inputs) {
      Path target = Files.createDirectories(inbox.resolve(input.type())).resolve(input.name());
      Files.move(staging.resolve(input.relativePath()), target, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
  }
}
