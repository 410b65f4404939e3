using System.Diagnostics;

namespace Comptoir.Bench;

public sealed record LatencyStats(double P50Ms, double P99Ms, int Samples)
{
    public override string ToString() => $"{P50Ms:F2} / {P99Ms:F2}";
}

public static class Latency
{
    /// <summary>
    /// Runs the action sequentially after a warm-up and returns p50/p99 in milliseconds. The warm-up
    /// (a fifth of the samples, at least 20) lets the JIT finish tiering the path up, so p99 measures
    /// the steady state rather than compilation.
    /// </summary>
    public static async Task<LatencyStats> MeasureAsync(int samples, Func<int, Task> action)
    {
        for (var i = 0; i < Math.Max(20, samples / 5); i++) await action(i);
        var times = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await action(i);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(times);
        return new LatencyStats(Percentile(times, 0.50), Percentile(times, 0.99), samples);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>Runs the action from <paramref name="workers"/> concurrent loops for a while; returns successes per second.</summary>
    /// <summary>
    /// Runs the action from <paramref name="workers"/> concurrent tasks: first for <paramref name="warmup"/>
    /// uncounted (the JIT's tiers settle, caches and pools fill), then for <paramref name="duration"/> counted.
    /// </summary>
    public static async Task<(double PerSecond, long Ok, long Failed)> ThroughputAsync(int workers, TimeSpan warmup, TimeSpan duration, Func<long, Task<bool>> action)
    {
        long ok = 0, failed = 0, counter = 0;
        var countFrom = Stopwatch.GetTimestamp() + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var stopAt = countFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var started = Stopwatch.GetTimestamp();
                var success = await action(Interlocked.Increment(ref counter));
                if (started < countFrom) continue;
                if (success) Interlocked.Increment(ref ok);
                else Interlocked.Increment(ref failed);
            }
        })));
        var measured = Stopwatch.GetElapsedTime(countFrom);
        return (ok / measured.TotalSeconds, ok, failed);
    }
}
