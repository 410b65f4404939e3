using Comptoir.Core.FieldTypes;
using Comptoir.Core.Metadata;
using Comptoir.Core.Records;
using Comptoir.Data;
using Comptoir.Data.CustomFields;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Comptoir.Web.Tests.CustomFields;

/// <summary>The expression indexes that keep custom field lists fast, and the clean-up when a field goes.</summary>
public sealed class CustomFieldIndexTests
{
    private static FieldDefinition Field(CustomFieldWorld world, string key) => world.Module.FindField(key)!;

    private static async Task<List<string>> IndexesAsync(AppDbContext db)
    {
        var sql = db.Provider == DatabaseProvider.Sqlite
            ? "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Accounts'"
            : "SELECT indexname AS \"Value\" FROM pg_indexes WHERE tablename = 'Accounts'";
        return await db.Database.SqlQueryRaw<string>(sql).ToListAsync();
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Indexes_are_created_for_sortable_fields_used_by_lists_and_dropped(Db db)
    {
        await using var world = await CustomFieldWorld.StartAsync(db);
        await world.SeedAsync(12);
        foreach (var key in new[] { "cf_niveau", "cf_score", "cf_code", "cf_actif", "cf_interets" })
        {
            await CustomFieldIndexes.CreateIndexAsync(world.Context, world.Module, Field(world, key), CancellationToken.None);
            await CustomFieldIndexes.CreateIndexAsync(world.Context, world.Module, Field(world, key), CancellationToken.None); // twice is harmless
        }

        var indexes = await IndexesAsync(world.Context);
        Assert.Contains("IX_Accounts_cf_niveau", indexes);
        Assert.Contains("IX_Accounts_cf_score", indexes);
        Assert.Contains("IX_Accounts_cf_code", indexes);
        // A yes/no or a list of choices gets no index: neither sorts.
        Assert.DoesNotContain("IX_Accounts_cf_actif", indexes);
        Assert.DoesNotContain("IX_Accounts_cf_interets", indexes);

        // The queries the store runs are the ones the indexes answer (on SQLite the expression must match token for token).
        world.Sql.Queries.Clear();
        var first = await world.Store.ListAsync(world.Admin, new Comptoir.Data.Records.ListRequest(null, "cf_score", true, null, 3), CancellationToken.None);
        await world.Store.ListAsync(world.Admin, new Comptoir.Data.Records.ListRequest(null, "cf_score", true, first.NextCursor, 3), CancellationToken.None);
        await world.Store.ListAsync(world.Admin,
            new Comptoir.Data.Records.ListRequest(null, "cf_niveau", false, null, 3) { Filters = new Dictionary<string, string> { ["cf_niveau"] = "or" } },
            CancellationToken.None);
        await world.Store.ListAsync(world.Admin, new Comptoir.Data.Records.ListRequest(null, "cf_code", false, null, 3), CancellationToken.None);
        // Page 2 reads the rest of the cursor's score, then the scores beyond it: one more query.
        Assert.True(world.Sql.Queries.Count is 4 or 5, string.Join("\n", world.Sql.Queries.Select(q => q.Sql)));
        if (db == Db.Postgres)
            // With so few rows PostgreSQL would rather scan the table; forbid that to see whether it can use the index at all.
            await world.Context.Database.ExecuteSqlRawAsync("SET enable_seqscan = off; SET enable_bitmapscan = off");
        var used = new HashSet<string>();
        foreach (var query in world.Sql.Queries)
        {
            var plan = await SqlCapture.ExplainAsync(world.Context, query);
            used.UnionWith(System.Text.RegularExpressions.Regex.Matches(plan, "IX_Accounts_cf_[a-z]+").Select(m => m.Value));
            Assert.True(plan.Contains("IX_Accounts_cf_", StringComparison.Ordinal), $"{query.Sql}\n---\n{plan}");
            Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal); // SQLite: no sort step, the index gives the order
            Assert.DoesNotContain("Sort", plan, StringComparison.Ordinal);        // PostgreSQL: likewise
        }
        Assert.Equal(["IX_Accounts_cf_code", "IX_Accounts_cf_niveau", "IX_Accounts_cf_score"], used.Order());

        await CustomFieldIndexes.DropIndexAsync(world.Context, world.Module, "cf_score", CancellationToken.None);
        await CustomFieldIndexes.DropIndexAsync(world.Context, world.Module, "cf_actif", CancellationToken.None); // none to drop: no error
        indexes = await IndexesAsync(world.Context);
        Assert.DoesNotContain("IX_Accounts_cf_score", indexes);
        Assert.Contains("IX_Accounts_cf_niveau", indexes);
    }

    /// <summary>
    /// 6,000 accounts, nine in ten « or », six « bronze ». A common value is read in the sort's order (a
    /// page is found in a few dozen rows) rather than gathered whole and sorted; a rare one through its index.
    /// </summary>
    [Theory, ClassData(typeof(Databases))]
    public async Task A_common_filter_value_walks_the_sort_index_and_a_rare_one_its_own(Db db)
    {
        await using var world = await CustomFieldWorld.StartAsync(db);
        const int count = 6_000;
        var now = DateTime.UtcNow;
        var rows = Enumerable.Range(1, count).Select(i => new Comptoir.Core.Accounts.Account
        {
            Number = $"T-{i:000000}", Name = $"Compte {i}", NameKey = $"compte {i:000000}", Version = 1, CreatedAt = now, UpdatedAt = now,
            CustomData = $"{{\"cf_niveau\":\"{(i % 1000 == 0 ? "bronze" : i % 10 == 0 ? "argent" : "or")}\",\"cf_score\":{i * 7919 % 1000}}}",
        }).ToList();
        world.Context.Accounts.AddRange(rows);
        await world.Context.SaveChangesAsync();
        world.Context.ChangeTracker.Clear();
        foreach (var key in new[] { "cf_niveau", "cf_score" })
            await CustomFieldIndexes.CreateIndexAsync(world.Context, world.Module, Field(world, key), CancellationToken.None);

        foreach (var (level, index) in new[] { ("or", "IX_Accounts_cf_score"), ("bronze", "IX_Accounts_cf_niveau") })
        {
            world.Sql.Queries.Clear();
            var page = await world.Store.ListAsync(world.Admin,
                new Comptoir.Data.Records.ListRequest(null, "cf_score", false, null, 25) { Filters = new Dictionary<string, string> { ["cf_niveau"] = level } },
                CancellationToken.None);
            var expected = rows.Select((r, n) => (Row: r, Score: (n + 1) * 7919 % 1000))
                .Where(x => x.Row.CustomData!.Contains($"\"{level}\"", StringComparison.Ordinal))
                .OrderBy(x => x.Score).ThenBy(x => x.Row.Id).Take(25).Select(x => x.Row.Id);
            Assert.Equal(expected, page.Items.Select(r => r.Id));
            if (db == Db.Sqlite)
            {
                var plan = await SqlCapture.ExplainAsync(world.Context, world.Sql.Queries[^1]);
                Assert.True(plan.Contains(index, StringComparison.Ordinal), level + "\n" + world.Sql.Queries[^1].Sql + "\n---\n" + plan);
                if (level == "or") Assert.True(!plan.Contains("TEMP B-TREE", StringComparison.Ordinal), plan);
            }
        }
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_page_deep_among_thousands_of_equal_values_seeks_to_the_cursor(Db db)
    {
        await using var world = await CustomFieldWorld.StartAsync(db);
        var now = DateTime.UtcNow;
        world.Context.Accounts.AddRange(Enumerable.Range(1, 3_000).Select(i => new Comptoir.Core.Accounts.Account
        {
            Number = $"T-{i:000000}", Name = $"Compte {i}", NameKey = $"compte {i:000000}", Version = 1, CreatedAt = now, UpdatedAt = now,
            CustomData = i <= 2_990 ? "{\"cf_niveau\":\"argent\"}" : "{\"cf_niveau\":\"or\"}",
        }));
        await world.Context.SaveChangesAsync();
        world.Context.ChangeTracker.Clear();
        await CustomFieldIndexes.CreateIndexAsync(world.Context, world.Module, Field(world, "cf_niveau"), CancellationToken.None);
        var ids = await world.Context.Accounts.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();

        // Ten « argent » left after the cursor, then the ten « or ».
        world.Sql.Queries.Clear();
        var page = await world.Store.ListAsync(world.Admin,
            new Comptoir.Data.Records.ListRequest(null, "cf_niveau", false, Comptoir.Data.Records.Keyset.Encode("argent", ids[2_979]), 15), CancellationToken.None);
        Assert.Equal(ids.Skip(2_980).Take(15), page.Items.Select(a => a.Id));
        Assert.NotNull(page.NextCursor);
        var descending = await world.Store.ListAsync(world.Admin,
            new Comptoir.Data.Records.ListRequest(null, "cf_niveau", true, Comptoir.Data.Records.Keyset.Encode("argent", ids[1_500]), 5), CancellationToken.None);
        Assert.Equal(ids.Take(1_500).Reverse().Take(5), descending.Items.Select(a => a.Id));
        if (db == Db.Sqlite)
            foreach (var query in world.Sql.Queries)
            {
                var plan = await SqlCapture.ExplainAsync(world.Context, query);
                // A seek on (value, id), not a walk through the 2,980 « argent » before the cursor.
                Assert.True(plan.Contains("SEARCH", StringComparison.Ordinal) && plan.Contains("IX_Accounts_cf_niveau", StringComparison.Ordinal)
                            && !plan.Contains("TEMP B-TREE", StringComparison.Ordinal), $"{query.Sql}\n---\n{plan}");
            }
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Values_are_counted_and_removed_without_touching_other_fields(Db db)
    {
        await using var world = await CustomFieldWorld.StartAsync(db);
        await world.SeedAsync(20);
        var ct = CancellationToken.None;

        Assert.Equal(world.Records.Count(r => r.Level is not null), await CustomFieldIndexes.CountValuesAsync(world.Context, world.Module, "cf_niveau", ct));
        Assert.Equal(world.Records.Count(r => r.Score is not null), await CustomFieldIndexes.CountValuesAsync(world.Context, world.Module, "cf_score", ct));
        // An unticked box holds no value; a ticked one does.
        Assert.Equal(world.Records.Count(r => r.Active), await CustomFieldIndexes.CountValuesAsync(world.Context, world.Module, "cf_actif", ct));
        Assert.Equal(world.Records.Where((_, i) => (i + 1) % 2 == 0).Count(), await CustomFieldIndexes.CountValuesAsync(world.Context, world.Module, "cf_interets", ct));
        Assert.Equal(0, await CustomFieldIndexes.CountValuesAsync(world.Context, world.Module, "cf_jamais", ct));

        await CustomFieldIndexes.RemoveValuesAsync(world.Context, world.Module, "cf_niveau", ct);

        Assert.Equal(0, await CustomFieldIndexes.CountValuesAsync(world.Context, world.Module, "cf_niveau", ct));
        var accounts = await world.Context.Accounts.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        Assert.All(accounts, a => Assert.DoesNotContain("cf_niveau", a.CustomData ?? "", StringComparison.Ordinal));
        // The other custom fields keep their values.
        Assert.Equal(world.Records.Select(r => r.Score), accounts.Select(a => (long?)FieldAccess.Get(a, world.Module.FindField("cf_score")!)));
        Assert.Equal(world.Records.Count(r => r.Score is not null), await CustomFieldIndexes.CountValuesAsync(world.Context, world.Module, "cf_score", ct));
    }

    [Fact]
    public void Keys_that_are_not_safe_in_sql_are_refused()
    {
        Assert.True(CustomFieldKinds.IsSafeKey("cf_niveau_fidelite_2"));
        foreach (var key in new[] { "cf_", "name", "cf_x'); DROP TABLE \"Accounts\"; --", "cf_Niveau", "cf_é", "cf_a.b" })
        {
            Assert.False(CustomFieldKinds.IsSafeKey(key), key);
            Assert.Throws<ArgumentException>(() => CustomFieldSql.Expression(DatabaseProvider.Sqlite, CustomValueKind.Text, key));
        }
        // PostgreSQL cuts names at 63 characters: two long keys still get two names.
        var a = CustomFieldIndexes.IndexName("LedgerAccounts", "cf_" + new string('a', 45) + "_2");
        var b = CustomFieldIndexes.IndexName("LedgerAccounts", "cf_" + new string('a', 45) + "_3");
        Assert.True(a.Length <= 63 && b.Length <= 63);
        Assert.NotEqual(a, b);
    }
}
