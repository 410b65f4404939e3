using System.Collections.Concurrent;
using System.Net;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Comptoir.Web.Tests.LayoutApi;

/// <summary>A non-administrator who tries the layout manager is refused, and the refusal leaves a trace.</summary>
public sealed class RefusalLogTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Refusals_on_the_pages_and_the_api_are_logged_with_who_and_what(Db db)
    {
        var capture = new CapturingLoggerProvider();
        await using var app = await TestApp.StartAsync(db, services: s => s.AddSingleton<ILoggerProvider>(capture));
        var marieId = await app.CreateUserAsync("marie", "Marie Curie");
        var page = await app.SignedInClientAsync("marie", ApiHelpers.UserPassword);
        var api = await app.ApiClientAsync("marie", ApiHelpers.UserPassword);

        Assert.Equal(HttpStatusCode.Forbidden, (await page.GetAsync("/settings/layout/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostJsonAsync("/api/v1/metadata/accounts/fields", new { type = "text", label = "X" })).StatusCode);

        Assert.Contains(capture.Messages, m => m.Contains($"User {marieId} refused GET /settings/layout/accounts", StringComparison.Ordinal));
        Assert.Contains(capture.Messages, m => m.Contains($"User {marieId} refused POST /api/v1/metadata/accounts/fields", StringComparison.Ordinal));
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();
        public ILogger CreateLogger(string categoryName) => new Logger(Messages);
        public void Dispose() { }

        private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel)) messages.Enqueue(formatter(state, exception));
            }
        }
    }
}
