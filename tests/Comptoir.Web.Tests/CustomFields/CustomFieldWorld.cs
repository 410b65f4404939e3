using System.Data.Common;
using Comptoir.Core.Accounts;
using Comptoir.Core.FieldTypes;
using Comptoir.Core.Localization;
using Comptoir.Core.Metadata;
using Comptoir.Core.Records;
using Comptoir.Core.Security;
using Comptoir.Data;
using Comptoir.Data.Accounting;
using Comptoir.Data.Accounts;
using Comptoir.Data.Records;
using Comptoir.Data.Settings;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Comptoir.Web.Tests.CustomFields;

/// <summary>
/// Accounts with custom fields of every kind, stored through a real <see cref="AccountStore"/> over a
/// registry that knows them, on the test app's database; every SELECT the store runs is kept so a
/// test can ask the database how it ran it.
/// </summary>
public sealed class CustomFieldWorld : IAsyncDisposable
{
    public static readonly string[] Levels = ["bronze", "argent", "or"];
    private static readonly string[] Codes = ["zeta", "Alpha", "alpha", "Éclair", "beta", "10", "9"];

    private readonly TestApp _app;
    public AppDbContext Context { get; }
    public ModuleDefinition Module { get; }
    public AccountStore Store { get; }
    public SqlCapture Sql { get; } = new();
    public UserContext Admin { get; private set; } = null!;
    public List<Seeded> Records { get; } = [];

    public sealed record Seeded(long Id, string? Level, string? Code, long? Score, decimal? Amount, bool Active, DateOnly? Since);

    private CustomFieldWorld(TestApp app)
    {
        _app = app;
        Module = WithCustomFields(AccountsModule.Create());
        Context = app.Database.Kind == Db.Sqlite
            ? new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(app.Database.ConnectionString).AddInterceptors(Sql).UseApplicationServiceProvider(app.Services).Options)
            : new NpgsqlAppDbContext(new DbContextOptionsBuilder<NpgsqlAppDbContext>().UseNpgsql(app.Database.ConnectionString).AddInterceptors(Sql).UseApplicationServiceProvider(app.Services).Options);
        // The application's services let the context keep the search terms on save, as the application's own contexts do.
        IWriteGate gate = app.Database.Kind == Db.Sqlite ? new SqliteWriteGate() : new NoWriteGate();
        // The app's store services (its module catalog, its stores for references) over this world's context and registry.
        _scope = app.Services.CreateScope();
        var services = _scope.ServiceProvider.GetRequiredService<RecordStoreServices>() with
        {
            Db = Context, Registry = new ModuleRegistry([Module]), Gate = gate, Settings = new SettingsStore(Context),
        };
        Store = new AccountStore(services, new LedgerCodeHints());
    }

    private readonly IServiceScope _scope;

    public static async Task<CustomFieldWorld> StartAsync(Db kind)
    {
        var world = new CustomFieldWorld(await TestApp.StartAsync(kind));
        var admin = await world.Context.Users.AsNoTracking().SingleAsync(u => u.UserName == "admin");
        world.Admin = new UserContext(admin.Id, admin.DisplayName, true, []);
        return world;
    }

    public static FieldDefinition Custom(string key, FieldType type, params string[] values) => new()
    {
        Key = key,
        Label = new LocalizedText(key, key),
        Type = type,
        Block = AccountsModule.Details,
        Position = 100,
        Storage = FieldStorage.Custom,
        PicklistValues = values.Select(v => new PicklistValue(v, new LocalizedText(v, v))).ToList(),
    };

    public static ModuleDefinition WithCustomFields(ModuleDefinition module) => module with
    {
        Fields =
        [
            .. module.Fields,
            Custom("cf_niveau", FieldTypeCatalog.Picklist, Levels),
            Custom("cf_code", FieldTypeCatalog.Text),
            Custom("cf_score", FieldTypeCatalog.Integer),
            Custom("cf_montant", FieldTypeCatalog.Decimal),
            Custom("cf_actif", FieldTypeCatalog.Checkbox),
            Custom("cf_depuis", FieldTypeCatalog.Date),
            Custom("cf_interets", FieldTypeCatalog.MultiPicklist, "vin", "fromage"),
        ],
    };

    /// <summary>
    /// <paramref name="count"/> accounts: some of every field left empty, ties on every value (so the
    /// id decides), codes that differ by case and accent, negative amounts and a score of 0.
    /// </summary>
    public async Task SeedAsync(int count = 30)
    {
        for (var i = 1; i <= count; i++)
        {
            var level = i % 4 == 0 ? null : Levels[i % 3];
            var code = i % 5 == 0 ? null : Codes[i % Codes.Length];
            long? score = i % 6 == 0 ? null : i * 7 % 10;
            decimal? amount = i % 5 == 1 ? null : (i * 37 % 23) - 11 + 0.25m;
            DateOnly? since = i % 7 == 0 ? null : new DateOnly(2020 + (i % 3), 1 + (i % 12), 1 + (i % 28));
            var input = new RecordInput();
            input.Set("name", $"Compte {i:00}");
            if (level is not null) input.Set("cf_niveau", level);
            if (code is not null) input.Set("cf_code", code);
            if (score is not null) input.Set("cf_score", score.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (amount is not null) input.Set("cf_montant", amount.Value.ToString(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")));
            if (i % 3 != 2) input.Set("cf_actif", i % 3 == 0 ? "true" : "false");
            if (since is not null) input.Set("cf_depuis", since.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            if (i % 2 == 0) input.Set("cf_interets", i % 4 == 0 ? "vin,fromage" : "fromage");
            var outcome = await Store.CreateAsync(Admin, input, CancellationToken.None);
            Assert.True(outcome.Status == SaveStatus.Saved, string.Join("; ", outcome.Validation?.Errors.SelectMany(e => e.Value) ?? []));
            Records.Add(new Seeded(outcome.Record!.Id, level, code, score, amount, i % 3 == 0, since));
            Context.ChangeTracker.Clear();
        }
    }

    /// <summary>Every page of a list, following nextCursor: the ids in the order served.</summary>
    public async Task<(List<long> Ids, int Pages)> WalkAsync(string sort, bool descending, Dictionary<string, string>? filters = null, int limit = 4)
    {
        var ids = new List<long>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Store.ListAsync(Admin, new ListRequest(null, sort, descending, cursor, limit) { Filters = filters ?? [] }, CancellationToken.None);
            Assert.Equal(sort, page.Sort);
            ids.AddRange(page.Items.Select(r => r.Id));
            cursor = page.NextCursor;
            Assert.True(++pages < 100, "the cursor never ends");
        } while (cursor is not null);
        return (ids, pages);
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        _scope.Dispose();
        await _app.DisposeAsync();
    }
}

/// <summary>Keeps the text and parameters of every query run, to EXPLAIN them afterwards.</summary>
public sealed class SqlCapture : DbCommandInterceptor
{
    public List<(string Sql, List<(string Name, object? Value, System.Data.DbType Type)> Parameters)> Queries { get; } = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Queries.Add((command.CommandText,
            command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value, p.DbType)).ToList()));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    /// <summary>The database's plan for a captured query, as one text.</summary>
    public static async Task<string> ExplainAsync(AppDbContext db, (string Sql, List<(string Name, object? Value, System.Data.DbType Type)> Parameters) query)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = (db.Provider == DatabaseProvider.Sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + query.Sql;
        foreach (var (name, value, type) in query.Parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            parameter.DbType = type;
            command.Parameters.Add(parameter);
        }
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            lines.Add(db.Provider == DatabaseProvider.Sqlite ? reader.GetString(3) : reader.GetString(0));
        return string.Join("\n", lines);
    }
}
