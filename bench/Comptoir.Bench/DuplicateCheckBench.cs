using System.Data.Common;
using System.Net.Http.Json;

namespace Comptoir.Bench;

/// <summary>
/// « Doublons possibles » while typing: POST /api/v1/accounts/duplicates/check with what a form holds so far (the
/// panel asks it as the user types), beside the bare seeks of the same duplicate keys in the (Module, Term) index
/// — one per key, as the store reads them.
/// </summary>
public static class DuplicateCheckBench
{
    private const string Seek = "SELECT \"RecordId\" FROM \"SearchTerms\" WHERE \"Module\" = 'dup:accounts' AND \"Term\" = @t LIMIT 11";

    public static async Task MeasureAsync(BenchDatabase db, BareSql bare, HttpClient http, Report report, int samples, long id)
    {
        var (name, _, siret, email, phone) = await SearchBench.SampleAsync(db, id);
        var terms = await TermsAsync(db, id);
        (string Kind, object Body, string[] Keys)[] cases =
        [
            ("nom d'un compte existant", new { name }, ["name="]),
            ("nom inconnu", new { name = "Zz Inconnue du Bench SARL" }, ["name="]),
            ("nom, SIRET, email, téléphone", new { name, siret, email, phone }, ["name=", "siret=", "email=", "phone="]),
        ];
        foreach (var (kind, body, keys) in cases)
        {
            var seeks = kind == "nom inconnu" ? ["name=zz inconnue du bench"] : terms.Where(t => keys.Any(k => t.StartsWith(k, StringComparison.Ordinal))).ToArray();
            report.Read($"Doublons possibles (saisie), {kind}",
                await Latency.MeasureAsync(samples, async _ =>
                {
                    using var response = await http.PostAsJsonAsync("/api/v1/accounts/duplicates/check", body);
                    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"duplicates/check → {(int)response.StatusCode}");
                    await response.Content.ReadAsByteArrayAsync();
                }),
                await Latency.MeasureAsync(samples, async _ =>
                {
                    foreach (var term in seeks) await bare.QueryAsync(Seek, ("@t", term));
                }));
        }
    }

    /// <summary>The record's own duplicate keys as the fill wrote them: what a check of its values seeks.</summary>
    private static async Task<List<string>> TermsAsync(BenchDatabase db, long id)
    {
        await using var connection = db.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"Term\" FROM \"SearchTerms\" WHERE \"Module\" = 'dup:accounts' AND \"RecordId\" = {id}";
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        var terms = new List<string>();
        while (await reader.ReadAsync()) terms.Add(reader.GetString(0));
        return terms;
    }
}
