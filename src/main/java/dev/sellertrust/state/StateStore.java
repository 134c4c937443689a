package dev.sellertrust.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sellertrust.io.Io;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where daily-run state lives: {@code <output>/state/snapshot_date=D/} holds every stat family's sums (one table, a
 * family column) and the bad-buyer pairs as of D, committed by {@code _STATE.json} written last;
 * {@code <output>/state/exits/chain=C/from=D/} holds the sums of the rows settled on D, with the day (exit_date) each
 * leaves the lookback. A chain starts at a full
 * recomputation; exits of other chains are never read.
 */
public final class StateStore {
  private static final Logger LOG = LoggerFactory.getLogger("dev.sellertrust.progress");
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
      .enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  public static final String STATE_FILE = "_STATE.json";
  public static final String PAIRS = "bad_buyer_pairs";
  public static final String SUMS = "sums";
  public static final int FORMAT_VERSION = 1;
  /** States kept for reruns of recent days; exits older than the oldest kept state are deleted. */
  public static final int KEEP_STATES = 7;

  /**
   * The commit record of a state.
   *
   * @param chain id of the full recomputation this state descends from
   * @param chainStart its snapshot date
   * @param mode "full" or "incremental": how this state was made
   */
  public record StateInfo(int formatVersion, String snapshotDate, String chain, String chainStart, String mode, String runId,
      String methodologyVersion, String configFingerprint, String buyerKeyFingerprint, String policyFingerprint,
      List<String> families) {}

  private final Configuration hadoop;
  private final Path root;

  public StateStore(Configuration hadoop, String outputDir) {
    this.hadoop = hadoop;
    this.root = new Path(outputDir, "state");
  }

  public Path snapshot(LocalDate d) {
    return new Path(root, "snapshot_date=" + d);
  }

  public Path table(LocalDate d, String name) {
    return new Path(snapshot(d), name);
  }

  public Path exits(String chain, LocalDate from) {
    return new Path(new Path(new Path(root, "exits"), "chain=" + chain), "from=" + from);
  }

  /**
   * The exit tables that may hold rows leaving on {@code day}: the chain's full recomputation settled every day up to
   * its snapshot, and each later run settled one day, which leaves the lookback {@code lookback - settle} days later.
   */
  public List<Path> exitsLeavingOn(StateInfo chain, LocalDate day, int lookbackDays, int settleDays) {
    List<Path> out = new ArrayList<>();
    LocalDate start = LocalDate.parse(chain.chainStart());
    LocalDate settledBy = day.minusDays((long) lookbackDays - settleDays);
    for (LocalDate from : settledBy.isAfter(start) ? List.of(start, settledBy) : List.of(start)) {
      Path p = exits(chain.chain(), from);
      if (exists(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The newest committed state, if any; a state whose commit file cannot be read is reported and skipped (a corrupt
   * state never feeds a run).
   */
  public Optional<StateInfo> latestBefore(LocalDate day) {
    FileStatus[] dirs = Io.call(() -> fs().globStatus(new Path(root, "snapshot_date=*")));
    if (dirs == null) {
      return Optional.empty();
    }
    StateInfo best = null;
    for (FileStatus st : dirs) {
      LocalDate d;
      try {
        d = LocalDate.parse(st.getPath().getName().substring("snapshot_date=".length()));
      } catch (RuntimeException e) {
        continue;
      }
      if (!d.isBefore(day) || best != null && !d.isAfter(LocalDate.parse(best.snapshotDate()))) {
        continue;
      }
      Path commit = new Path(st.getPath(), STATE_FILE);
      if (!exists(commit)) {
        continue;
      }
      try (InputStream in = fs().open(commit)) {
        StateInfo info = MAPPER.readValue(in, StateInfo.class);
        if (!d.toString().equals(info.snapshotDate())) {
          LOG.warn("state {} names snapshot {}: ignored", st.getPath(), info.snapshotDate());
          continue;
        }
        best = info;
      } catch (IOException | RuntimeException e) {
        LOG.warn("state {} cannot be read ({}): ignored", commit, e.getMessage());
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Before writing the state of {@code day}: states of that day and later are stale (a rerun of an earlier day
   * changes what they were built on), and so are the exits the chain settled from that day on. Earlier states stay:
   * if this run dies, they still feed the next one.
   */
  public void clearFrom(LocalDate day, String chain) {
    String d = day.toString();
    deleteWhere(new Path(root, "snapshot_date=*"), "snapshot_date=", date -> date.compareTo(d) >= 0);
    deleteWhere(new Path(new Path(root, "exits/chain=" + chain), "from=*"), "from=", from -> from.compareTo(d) >= 0);
  }

  /** After a full recomputation committed its state: earlier states and other chains' exits are no longer needed. */
  public void retireOtherChains(LocalDate day, String chain) {
    String d = day.toString();
    deleteWhere(new Path(root, "snapshot_date=*"), "snapshot_date=", date -> date.compareTo(d) < 0);
    deleteWhere(new Path(new Path(root, "exits"), "chain=*"), "chain=", c -> !c.equals(chain));
  }

  /** Deletes the folders matching {@code glob} whose name after {@code prefix} satisfies {@code stale}. */
  private void deleteWhere(Path glob, String prefix, java.util.function.Predicate<String> stale) {
    Io.run(() -> {
      FileSystem fs = fs();
      FileStatus[] found = fs.globStatus(glob);
      if (found != null) {
        for (FileStatus st : found) {
          if (stale.test(st.getPath().getName().substring(prefix.length()))) {
            fs.delete(st.getPath(), true);
          }
        }
      }
    });
  }

  /** Writes the commit record: from now on the state of this day may feed a run. */
  public void commit(StateInfo info) {
    Path file = new Path(snapshot(LocalDate.parse(info.snapshotDate())), STATE_FILE);
    Io.run(() -> {
      try (OutputStream out = fs().create(file, true)) {
        out.write(MAPPER.writeValueAsString(info).getBytes(StandardCharsets.UTF_8));
      }
    });
  }

  /** Keeps the newest {@link #KEEP_STATES} states and the exits they may still need. */
  public void prune(String chain, String chainStart, int lookbackDays, int settleDays) {
    Io.call(() -> {
      FileSystem fs = fs();
      FileStatus[] dirs = fs.globStatus(new Path(root, "snapshot_date=*"));
      if (dirs == null || dirs.length <= KEEP_STATES) {
        return null;
      }
      List<String> names = new ArrayList<>();
      for (FileStatus st : dirs) {
        names.add(st.getPath().getName());
      }
      names.sort(String::compareTo);
      List<String> drop = names.subList(0, names.size() - KEEP_STATES);
      for (String n : drop) {
        fs.delete(new Path(root, n), true);
      }
      String oldestKept = names.get(names.size() - KEEP_STATES).substring("snapshot_date=".length());
      // A later run's exits all leave on one day; once that day is older than every kept state, no rerun needs them.
      FileStatus[] froms = fs.globStatus(new Path(new Path(root, "exits/chain=" + chain), "from=*"));
      if (froms != null) {
        for (FileStatus st : froms) {
          LocalDate from = LocalDate.parse(st.getPath().getName().substring("from=".length()));
          boolean startOfChain = from.toString().equals(chainStart);
          if (!startOfChain && from.plusDays((long) lookbackDays - settleDays).toString().compareTo(oldestKept) < 0) {
            fs.delete(st.getPath(), true);
          }
        }
      }
      return null;
    });
  }

  /** Bytes of the files of a committed state's tables; 0 when its folder is gone (reading it then falls back). */
  public long bytes(StateInfo info) {
    return Io.call(() -> {
      try {
        return fs().getContentSummary(snapshot(LocalDate.parse(info.snapshotDate()))).getLength();
      } catch (FileNotFoundException e) {
        return 0L;
      }
    });
  }

  public boolean exists(Path p) {
    return Io.call(() -> fs().exists(p));
  }

  private FileSystem fs() throws IOException {
    return root.getFileSystem(hadoop);
  }
}
