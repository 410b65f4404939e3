using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Comptoir.Bench;

/// <summary>The real Comptoir server (Kestrel on 127.0.0.1, the Release build) as a child process, so its memory is its own.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    public const string AdminPassword = "bench-secret-du-comptoir";
    private readonly Process _process;
    public Uri BaseAddress { get; }

    private ServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public static async Task<ServerProcess> StartAsync(BenchDatabase db, string repoRoot)
    {
        var configuration = typeof(ServerProcess).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .OfType<System.Reflection.AssemblyConfigurationAttribute>().FirstOrDefault()?.Configuration ?? "Release";
        var webDir = Path.Combine(repoRoot, "src", "Comptoir.Web");
        // Built with --artifacts-path, the server sits beside the bench (bin/Comptoir.Web/release); otherwise in its project's bin.
        var beside = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "Comptoir.Web", configuration.ToLowerInvariant(), "Comptoir.Web.dll"));
        var dll = File.Exists(beside) ? beside : Path.Combine(webDir, "bin", configuration, "net10.0", "Comptoir.Web.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("Build the solution first (dotnet build -c Release).", dll);

        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = webDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Comptoir__Database__Provider"] = db.Provider;
        info.Environment["ConnectionStrings__Comptoir"] = db.ConnectionString;
        info.Environment["COMPTOIR_ADMIN_PASSWORD"] = AdminPassword;
        info.Environment["Comptoir__RateLimits__TokensPerMinute"] = "100000";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Error";
        var process = Process.Start(info) ?? throw new InvalidOperationException("Cannot start the server.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("[server] " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"));
        using var probe = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"The server exited with code {process.ExitCode}.");
            try
            {
                if ((await probe.GetAsync("/login")).StatusCode == HttpStatusCode.OK) return server;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException("The server did not answer within 120 s.");
    }

    /// <summary>Peak resident memory of the server since it started (VmHWM), in MiB.</summary>
    public double PeakRssMiB()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
