package dev.sellertrust.spark;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerEvent;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionStart;

/**
 * Counts the Spark jobs, SQL executions and tasks a run starts. Each job is a scheduling round trip (on a cluster,
 * seconds of latency each), so the count is the first thing to look at when a run gets slower; the run summary and
 * the manifest carry it so that a regression shows in every run.
 *
 * <p>Listener events arrive asynchronously: {@link #stop} waits for the listener bus to deliver what was posted
 * before it, so the counts are exact for the work started between {@link #start} and {@link #stop}. The bus is
 * shared by the whole SparkContext: work another thread starts on the same session in that time is counted too.
 */
public final class SparkWorkCounter extends SparkListener {
  private final AtomicLong jobs = new AtomicLong();
  private final AtomicLong sqlExecutions = new AtomicLong();
  private final AtomicLong tasks = new AtomicLong();
  private final SparkContext sc;

  private SparkWorkCounter(SparkContext sc) {
    this.sc = sc;
  }

  /** What a run asked of Spark. */
  public record Counts(long jobs, long sqlExecutions, long tasks) {
    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%,d jobs, %,d SQL executions, %,d tasks", jobs, sqlExecutions, tasks);
    }
  }

  /** Registers a new counter on the context; counts from now on. */
  public static SparkWorkCounter start(SparkContext sc) {
    SparkWorkCounter c = new SparkWorkCounter(sc);
    sc.addSparkListener(c);
    return c;
  }

  /** The counts so far, after the listener bus has delivered every event posted before this call. */
  public Counts counts() {
    drain();
    return new Counts(jobs.get(), sqlExecutions.get(), tasks.get());
  }

  /** The final counts; the counter is unregistered. */
  public Counts stop() {
    Counts c = counts();
    unregister();
    return c;
  }

  /** Stops counting, without waiting for the listener bus; calling it again does nothing. */
  public void unregister() {
    sc.removeSparkListener(this);
  }

  private void drain() {
    try {
      // Scala's private[spark] is public to Java; without the wait the last job's events may not have arrived yet.
      sc.listenerBus().waitUntilEmpty();
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("the Spark listener bus did not drain", e);
    }
  }

  @Override
  public void onJobStart(SparkListenerJobStart jobStart) {
    jobs.incrementAndGet();
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
    tasks.incrementAndGet();
  }

  @Override
  public void onOtherEvent(SparkListenerEvent event) {
    if (event instanceof SparkListenerSQLExecutionStart) {
      sqlExecutions.incrementAndGet();
    }
  }
}
