using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("Comptoir.Web.Tests.Infrastructure.DatabaseTestFramework", "Comptoir.Web.Tests")]

namespace Comptoir.Web.Tests.Infrastructure;

/// <summary>
/// xUnit as usual, except for the PostgreSQL cases of database theories: <see cref="PostgresCases"/>
/// says whether they run, show as skipped or fail. xUnit 2 can only skip a whole data attribute, so
/// the cases are rewritten as discovery reports them.
/// </summary>
public sealed class DatabaseTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new DatabaseTestDiscoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink, PostgresCases.FromEnvironment());

    // « Run all » discovers again on the executor's side: the same rewriting there.
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformation, IMessageSink sink)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformation, sink)
    {
        protected override ITestFrameworkDiscoverer CreateDiscoverer() =>
            new DatabaseTestDiscoverer(AssemblyInfo, SourceInformationProvider, DiagnosticMessageSink, PostgresCases.FromEnvironment());
    }
}

/// <summary>Replaces each discovered PostgreSQL case by a skipped or failing one when the verdict says so.</summary>
public sealed class DatabaseTestDiscoverer(IAssemblyInfo assembly, ISourceInformationProvider sourceInformation, IMessageSink sink,
    (PostgresVerdict Verdict, string? Reason) postgres)
    : XunitTestFrameworkDiscoverer(assembly, sourceInformation, sink)
{
    protected override bool FindTestsForMethod(ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus,
        ITestFrameworkDiscoveryOptions discoveryOptions) =>
        postgres.Verdict == PostgresVerdict.Run
            ? base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions)
            : base.FindTestsForMethod(testMethod, includeSourceInformation, new Rewriting(messageBus, this, discoveryOptions), discoveryOptions);

    private ITestCase Replace(ITestCase found, ITestFrameworkDiscoveryOptions options)
    {
        if (found is not IXunitTestCase { TestMethodArguments: { } arguments } || !arguments.OfType<Db>().Contains(Db.Postgres)) return found;
        var display = options.MethodDisplayOrDefault();
        var displayOptions = options.MethodDisplayOptionsOrDefault();
        ITestCase replacement = postgres.Verdict == PostgresVerdict.Skip
            ? new XunitSkippedDataRowTestCase(DiagnosticMessageSink, display, displayOptions, found.TestMethod, postgres.Reason!, arguments)
            : new ExecutionErrorTestCase(DiagnosticMessageSink, display, displayOptions, found.TestMethod, postgres.Reason!);
        replacement.SourceInformation = found.SourceInformation;
        return replacement;
    }

    private sealed class Rewriting(IMessageBus inner, DatabaseTestDiscoverer discoverer, ITestFrameworkDiscoveryOptions options) : IMessageBus
    {
        public bool QueueMessage(IMessageSinkMessage message) =>
            inner.QueueMessage(message is ITestCaseDiscoveryMessage discovered
                ? new TestCaseDiscoveryMessage(discoverer.Replace(discovered.TestCase, options))
                : message);

        // The bus belongs to the caller, which disposes it.
        public void Dispose() { }
    }
}
