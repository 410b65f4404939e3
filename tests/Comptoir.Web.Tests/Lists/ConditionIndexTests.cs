using Comptoir.Core.Records.Filtering;
using Comptoir.Data.CustomFields;
using Comptoir.Web.Tests.CustomFields;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Lists;

/// <summary>Conditions on an indexed field are answered from its index (SQLite's plan is read; PostgreSQL's results are checked).</summary>
public sealed class ConditionIndexTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Range_and_equality_conditions_seek_the_fields_index(Db db)
    {
        await using var world = await CustomFieldWorld.StartAsync(db);
        const int count = 6_000;
        var now = DateTime.UtcNow;
        var rows = Enumerable.Range(1, count).Select(i => new Comptoir.Core.Accounts.Account
        {
            Number = $"T-{i:000000}", Name = $"Compte {i}", NameKey = $"compte {i:000000}", Version = 1, CreatedAt = now, UpdatedAt = now,
            CustomData = $"{{\"cf_code\":\"C{i % 500:000}\",\"cf_score\":{i * 7919 % 1000}}}",
        }).ToList();
        world.Context.Accounts.AddRange(rows);
        await world.Context.SaveChangesAsync();
        world.Context.ChangeTracker.Clear();
        foreach (var key in new[] { "cf_code", "cf_score" })
            await CustomFieldIndexes.CreateIndexAsync(world.Context, world.Module, world.Module.FindField(key)!, CancellationToken.None);

        var cases = new (string Field, string Op, string Text, string Index, Func<int, bool> Expected)[]
        {
            ("cf_score", "between", "100..104", "IX_Accounts_cf_score", i => i * 7919 % 1000 is >= 100 and <= 104),
            ("cf_code", "eq", "C042", "IX_Accounts_cf_code", i => i % 500 == 42),
            ("name", "starts", "Compte 00012", "NameKey", i => i.ToString("000000", System.Globalization.CultureInfo.InvariantCulture).StartsWith("00012", StringComparison.Ordinal)),
        };
        foreach (var (key, op, text, index, expected) in cases)
        {
            var (condition, error) = ConditionParser.Parse($"cond.{key}.{op}", world.Module.FindField(key)!, op, text, now);
            Assert.Null(error);
            world.Sql.Queries.Clear();
            var matches = await world.Store.CountAsync(world.Admin, new Comptoir.Data.Records.ListRequest(null, null, false, null, 25) { Conditions = [condition!] }, 10_000, CancellationToken.None);
            Assert.Equal(Enumerable.Range(1, count).Count(expected), matches);
            if (db == Db.Sqlite)
            {
                var plan = await SqlCapture.ExplainAsync(world.Context, world.Sql.Queries[^1]);
                Assert.True(plan.Contains("USING", StringComparison.Ordinal) && plan.Contains(index, StringComparison.Ordinal) && !plan.Contains("SCAN Accounts", StringComparison.Ordinal),
                    $"{key}.{op}\n{world.Sql.Queries[^1].Sql}\n---\n{plan}");
            }
        }
    }
}
