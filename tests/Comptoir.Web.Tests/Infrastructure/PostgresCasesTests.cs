using Comptoir.Web.Tests.Data;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Comptoir.Web.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL cases of the database theories never vanish: discovery of a real test class
/// (<see cref="MigrationTests"/>) under each environment, as the runner sees it.
/// </summary>
public sealed class PostgresCasesTests
{
    private const string Server = "Host=127.0.0.1;Username=postgres";

    [Fact]
    public void Without_a_server_the_postgres_cases_show_as_skipped_saying_which_variable_to_set()
    {
        var cases = Discover(PostgresCases.Decide(server: null, ci: null));

        var postgres = cases.Where(c => Arguments(c).Contains(Db.Postgres)).ToList();
        Assert.NotEmpty(postgres);
        Assert.All(postgres, c => Assert.Contains("COMPTOIR_TEST_PG", c.SkipReason, StringComparison.Ordinal));
        var sqlite = cases.Where(c => Arguments(c).Contains(Db.Sqlite)).ToList();
        Assert.Equal(postgres.Count, sqlite.Count);
        Assert.All(sqlite, c => Assert.Null(c.SkipReason));
    }

    [Fact]
    public void Under_ci_without_a_server_each_postgres_case_fails_naming_the_variable()
    {
        var cases = Discover(PostgresCases.Decide(server: null, ci: "true"));

        var errors = cases.OfType<ExecutionErrorTestCase>().ToList();
        Assert.Equal(cases.Count(c => Arguments(c).Contains(Db.Sqlite)), errors.Count);
        Assert.All(errors, c => Assert.Contains("COMPTOIR_TEST_PG is not set", c.ErrorMessage, StringComparison.Ordinal));
        Assert.DoesNotContain(cases, c => c.SkipReason is not null);
    }

    [Fact]
    public void With_a_server_every_case_runs_on_both_databases()
    {
        var cases = Discover(PostgresCases.Decide(Server, ci: "true"));

        Assert.DoesNotContain(cases, c => c.SkipReason is not null || c is ExecutionErrorTestCase);
        Assert.Equal(cases.Count(c => Arguments(c).Contains(Db.Sqlite)), cases.Count(c => Arguments(c).Contains(Db.Postgres)));
        Assert.Contains(cases, c => Arguments(c).Contains(Db.Postgres));
    }

    private static object[] Arguments(ITestCase testCase) => (testCase as IXunitTestCase)?.TestMethodArguments ?? [];

    private static List<ITestCase> Discover((PostgresVerdict, string?) verdict)
    {
        var assembly = Reflector.Wrap(typeof(MigrationTests).Assembly);
        using var discoverer = new DatabaseTestDiscoverer(assembly, new NoSourceInformation(), new Sink(), verdict);
        var sink = new Sink();
        discoverer.Find(typeof(MigrationTests).FullName!, includeSourceInformation: false, sink, new NoOptions());
        Assert.True(sink.Complete.Wait(TimeSpan.FromSeconds(30)), "Discovery did not finish.");
        return sink.TestCases;
    }

    private sealed class Sink : LongLivedMarshalByRefObject, IMessageSink
    {
        public List<ITestCase> TestCases { get; } = [];
        public ManualResetEventSlim Complete { get; } = new();

        public bool OnMessage(IMessageSinkMessage message)
        {
            if (message is ITestCaseDiscoveryMessage discovered) lock (TestCases) TestCases.Add(discovered.TestCase);
            if (message is IDiscoveryCompleteMessage) Complete.Set();
            return true;
        }
    }

    private sealed class NoSourceInformation : LongLivedMarshalByRefObject, ISourceInformationProvider
    {
        public ISourceInformation GetSourceInformation(ITestCase testCase) => new SourceInformation();
        public void Dispose() { }
    }

    private sealed class NoOptions : ITestFrameworkDiscoveryOptions
    {
        public TValue GetValue<TValue>(string name) => default!;
        public void SetValue<TValue>(string name, TValue value) { }
    }
}
