package io.dynasql.tck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the benchmarks ran on, read from the OS (Linux) with plain fallbacks elsewhere. */
record Machine(String nproc, String cpu, String memory, String jvm, String os, String dataFilesystem) {

  static Machine describe() {
    String nproc = run("nproc");
    if (nproc == null) nproc = Runtime.getRuntime().availableProcessors() + " (availableProcessors)";
    String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name");
    String mem = firstValue(Path.of("/proc/meminfo"), "MemTotal");
    if (mem != null && mem.endsWith(" kB")) {
      long kb = Long.parseLong(mem.substring(0, mem.length() - 3).trim());
      mem = String.format("%.1f GiB", kb / 1024.0 / 1024.0);
    }
    String jvm = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + " (" + System.getProperty("java.vm.vendor") + ")";
    String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch");
    String dir = System.getProperty("bench.dir", System.getProperty("java.io.tmpdir"));
    return new Machine(nproc, orUnknown(cpu), orUnknown(mem), jvm, os, dir + " on " + filesystemOf(Path.of(dir)));
  }

  /** The 1, 5 and 15 minute load averages (/proc/loadavg), to show whether the cores were shared. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /** CPU time counters, in clock ticks: all cores busy, stolen by the hypervisor, and this JVM with its forks. */
  record Cpu(long busy, long steal, long self) {}

  /**
   * How much of the machine other processes used between {@code before} and now; JMH's forked
   * JVMs are this JVM's waited-for children, so they count as ours.
   */
  static String otherUse(Cpu before, double seconds, int cores) {
    Cpu now = cpuTimes();
    if (now == null || before == null) return "CPU use of other processes unknown";
    double hz = 100.0; // USER_HZ, 100 on Linux
    double others = Math.max(0, (now.busy() - before.busy()) - (now.self() - before.self())) / hz;
    double steal = (now.steal() - before.steal()) / hz;
    return String.format(java.util.Locale.ROOT,
        "%.0f of %.0f core-seconds (%.0f%%) used by other processes, %.0f stolen by the hypervisor",
        others, seconds * cores, 100 * others / (seconds * cores), steal);
  }

  /** A snapshot from /proc/stat and /proc/self/stat, or null off Linux. */
  static Cpu cpuTimes() {
    try {
      String[] all = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      // cpu user nice system idle iowait irq softirq steal
      long busy = Long.parseLong(all[1]) + Long.parseLong(all[2]) + Long.parseLong(all[3])
          + Long.parseLong(all[6]) + Long.parseLong(all[7]);
      long steal = Long.parseLong(all[8]);
      String self = Files.readString(Path.of("/proc/self/stat"));
      String[] f = self.substring(self.lastIndexOf(')') + 2).split(" ");
      // after the name: state(3) ... utime(14) stime(15) cutime(16) cstime(17), so index = field - 3
      long mine = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
      return new Cpu(busy, steal, mine);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String orUnknown(String s) {
    return s == null ? "unknown" : s;
  }

  private static String run(String command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return p.waitFor() == 0 && !out.isEmpty() ? out : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static String firstValue(Path file, String field) {
    try {
      for (String line : Files.readAllLines(file)) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equals(field)) return line.substring(colon + 1).trim();
      }
    } catch (IOException e) {
      // not Linux
    }
    return null;
  }

  /** The device and type of the longest mount point holding {@code dir}, from /proc/mounts. */
  private static String filesystemOf(Path dir) {
    String best = null;
    int bestLen = -1;
    try {
      String path = dir.toAbsolutePath().normalize().toString();
      List<String> mounts = Files.readAllLines(Path.of("/proc/mounts"));
      for (String line : mounts) {
        String[] f = line.split(" ");
        if (f.length < 3) continue;
        String mp = f[1];
        boolean holds = path.equals(mp) || path.startsWith(mp.endsWith("/") ? mp : mp + "/");
        if (holds && mp.length() > bestLen) {
          bestLen = mp.length();
          best = f[2] + " (" + f[0] + " mounted on " + mp + ")";
        }
      }
    } catch (IOException e) {
      // not Linux
    }
    return best == null ? "unknown filesystem" : best;
  }
}
