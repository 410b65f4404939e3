namespace Comptoir.Web.Tests.Infrastructure;

/// <summary>What the PostgreSQL case of a database theory becomes where the tests run.</summary>
public enum PostgresVerdict { Run, Skip, Fail }

/// <summary>
/// The PostgreSQL cases never vanish: they run when COMPTOIR_TEST_PG names a server, fail under CI=true
/// when it does not (CI must test both databases), and elsewhere show as skipped, saying why.
/// <see cref="DatabaseTestFramework"/> applies this to every <c>[Theory, ClassData(typeof(Databases))]</c>.
/// </summary>
public static class PostgresCases
{
    public const string Variable = "COMPTOIR_TEST_PG";

    public static (PostgresVerdict Verdict, string? Reason) Decide(string? server, string? ci)
    {
        if (!string.IsNullOrEmpty(server)) return (PostgresVerdict.Run, null);
        return string.Equals(ci, "true", StringComparison.OrdinalIgnoreCase)
            ? (PostgresVerdict.Fail, $"{Variable} is not set: under CI=true every database test must run on PostgreSQL too. "
                + $"Set {Variable} to an Npgsql connection string of a server (.ci/run and scripts/test.sh start one).")
            : (PostgresVerdict.Skip, $"PostgreSQL case not run: set {Variable} to an Npgsql connection string of a server "
                + "(scripts/test.sh starts one) to run it.");
    }

    public static (PostgresVerdict Verdict, string? Reason) FromEnvironment() =>
        Decide(Environment.GetEnvironmentVariable(Variable), Environment.GetEnvironmentVariable("CI"));
}
