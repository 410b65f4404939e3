namespace Comptoir.Bench;

/// <summary>A one-line progress bar on stderr (redrawn in place on a terminal, one line per 10 % otherwise).</summary>
public sealed class ProgressBar(string label, long total) : IDisposable
{
    private readonly System.Diagnostics.Stopwatch _watch = System.Diagnostics.Stopwatch.StartNew();
    private int _lastTenth = -1;

    public void Report(long done)
    {
        var fraction = total == 0 ? 1 : (double)done / total;
        if (Console.IsErrorRedirected)
        {
            var tenth = (int)(fraction * 10);
            if (tenth == _lastTenth) return;
            _lastTenth = tenth;
            Console.Error.WriteLine($"{label}: {fraction:P0} ({done:N0}/{total:N0}, {_watch.Elapsed.TotalSeconds:F0} s)");
            return;
        }
        const int width = 40;
        var filled = (int)(fraction * width);
        Console.Error.Write($"\r{label} [{new string('#', filled)}{new string('.', width - filled)}] {fraction,4:P0} {done:N0}/{total:N0} {_watch.Elapsed.TotalSeconds:F0} s");
    }

    public void Dispose()
    {
        if (!Console.IsErrorRedirected) Console.Error.WriteLine();
    }
}
