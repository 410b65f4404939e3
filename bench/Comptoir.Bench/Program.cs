using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Comptoir.Bench;
using Comptoir.Data.Records;

// dotnet run -c Release --project bench/Comptoir.Bench -- [--db sqlite|postgres] [--accounts N] [--quick] [--creates-only] [--export-only] [--mass-only] [--duplicates-only] [--import-only [--import-rows N]]
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = BenchOptions.Parse(args);
var repoRoot = BenchOptions.RepoRoot();
var resultsDir = Path.Combine(repoRoot, "bench", "results");
Directory.CreateDirectory(resultsDir);
var report = new Report(options);

await using var db = await BenchDatabase.CreateAsync(options.Db, resultsDir);
db.Keep = options.Keep;
Console.Error.WriteLine($"Base {options.Db}, {options.Accounts:N0} comptes{(options.Quick ? " (--quick)" : "")}");

// A first start migrates the database and creates the administrator the accounts are assigned to.
await using (await ServerProcess.StartAsync(db, repoRoot)) { }
report.FillTime = await BulkFill.FillAsync(db, options.Accounts, ownerId: 1, ownerName: "Administrateur");
var indexWatch = System.Diagnostics.Stopwatch.StartNew();
await SearchBench.FillAsync(db, options.Accounts);
report.Note($"Index de recherche (bulk, termes des comptes) : {indexWatch.Elapsed.TotalSeconds:F1} s");
Console.Error.WriteLine($"Rempli en {report.FillTime.TotalSeconds:F1} s");

if (options.ImportOnly)
{
    // Each import on a server started for it alone (ImportBench): its peak RSS is that import's.
    Console.Error.WriteLine("Import CSV…");
    Console.WriteLine((await ImportBench.RunAsync(db, repoRoot, options, report.FillTime)).ToMarkdown());
    return;
}

await using var server = await ServerProcess.StartAsync(db, repoRoot);
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
{
    BaseAddress = server.BaseAddress,
    Timeout = TimeSpan.FromSeconds(30),
};
var token = await http.PostAsJsonAsync("/api/v1/auth/tokens", new { username = "admin", password = ServerProcess.AdminPassword });
token.EnsureSuccessStatusCode();
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>());

async Task Get(string url)
{
    using var response = await http.GetAsync(url);
    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{url} → {(int)response.StatusCode}");
    await response.Content.ReadAsByteArrayAsync();
}

if (options.ExportOnly)
{
    Console.Error.WriteLine("Export…");
    var figures = await ExportBench.RunAsync(server.BaseAddress, http.DefaultRequestHeaders.Authorization!.Parameter!, new BareSql(db), server, options.Accounts);
    Console.WriteLine(ExportBench.ToMarkdown(figures));
    return;
}

if (options.MassOnly)
{
    Console.Error.WriteLine("Mise à jour en masse…");
    Console.WriteLine((await MassBench.RunAsync(http, db, options.Accounts)).ToMarkdown());
    return;
}

if (options.DuplicatesOnly)
{
    Console.Error.WriteLine("Trouver les doublons…");
    Console.WriteLine((await DuplicatesBench.RunAsync(http, db, options.Accounts)).ToMarkdown());
    return;
}

if (options.SearchOnly)
{
    Console.Error.WriteLine("Recherches…");
    var bare = new BareSql(db);
    var samples = options.Samples ?? (options.Quick ? 50 : 300);
    var maxId = await bare.ScalarAsync<long>("SELECT MAX(\"Id\") FROM \"Accounts\"");
    var siret = await bare.ScalarAsync<string>("SELECT \"Siret\" FROM \"Accounts\" WHERE \"Id\" = " + (maxId / 2));
    // Uncounted first: the JIT's tiers settle and the word counts are cached as on a running server.
    for (var i = 0; i < (options.Quick ? 20 : 200); i++) await Get("/api/v1/accounts?limit=25&q=" + (i % 2 == 0 ? "b" : "martin"));
    await SearchBench.MeasureListAsync(bare, Get, report, samples, siret);
    await SearchBench.MeasureAsync(db, bare, Get, report, samples, maxId / 2);
    using (var browser = await Pages.SignInAsync(server.BaseAddress))
        foreach (var q in new[] { "b", "bou", "martin" })
            report.Page($"Liste des comptes (HTML) ?q={q}, avec son compte", await Latency.MeasureAsync(samples, _ => Pages.GetAsync(browser, "/accounts?q=" + q)));
    report.PeakRssMiB = server.PeakRssMiB();
    Console.WriteLine(report.ToMarkdown(creates: false));
    return;
}

if (!options.CreatesOnly)
{
    // Declaring the custom fields builds their indexes over the loaded accounts: that time is a result too.
    await CustomFieldsBench.CreateFieldsAsync(http, report, options.Accounts);

    var bare = new BareSql(db);
    var samples = options.Samples ?? (options.Quick ? 50 : 500);
    var random = new Random(7);
    var maxId = await bare.ScalarAsync<long>("SELECT MAX(\"Id\") FROM \"Accounts\"");
    var siret = (await bare.ScalarAsync<string>("SELECT \"Siret\" FROM \"Accounts\" WHERE \"Id\" = " + (maxId / 2)));
    var deepOffset = Math.Min(options.Accounts - 1, 25 * 999);
    var (deepKey, deepId) = await bare.KeyAtAsync(deepOffset);
    var deepCursor = Keyset.Encode(deepKey, deepId);


    // The server has just started: its JIT recompiles the hot paths (tier 1) for some 30 s, on one of
    // the 2 cores. Serve the reads' mix meanwhile, uncounted, so the figures are those of a running server.
    Console.Error.WriteLine("Mise en température…");
    string[] warmUrls =
    [
        "/api/v1/accounts?limit=25", "/api/v1/accounts?limit=25&cursor=" + deepCursor, "/api/v1/accounts?limit=25&q=b",
        "/api/v1/accounts?limit=25&q=bou", "/api/v1/accounts?limit=25&q=" + siret, "/api/v1/accounts?limit=25&industry=technology&sort=name",
        $"/api/v1/accounts?limit=25&{CustomFieldsBench.LevelKey}=or&sort={CustomFieldsBench.ScoreKey}", "/api/v1/accounts/" + maxId / 3,
    ];
    var warmUntil = DateTime.UtcNow.AddSeconds(options.Quick ? 1 : 20);
    for (var i = 0; DateTime.UtcNow < warmUntil; i++) await Get(warmUrls[i % warmUrls.Length]);

    Console.Error.WriteLine("Lectures…");
    report.Read("Liste, page 1", await Latency.MeasureAsync(samples, _ => Get("/api/v1/accounts?limit=25")),
        await Latency.MeasureAsync(samples, _ => bare.QueryAsync(BareSql.Page1)));
    report.Read($"Liste, page {deepOffset / 25 + 1} (keyset)", await Latency.MeasureAsync(samples, _ => Get("/api/v1/accounts?limit=25&cursor=" + deepCursor)),
        await Latency.MeasureAsync(samples, _ => bare.AfterAsync(BareSql.AfterSame, BareSql.AfterBeyond, deepKey, deepId)));
    await SearchBench.MeasureListAsync(bare, Get, report, samples, siret);
    report.Read("Filtre Secteur + tri par nom", await Latency.MeasureAsync(samples, _ => Get("/api/v1/accounts?limit=25&industry=technology&sort=name")),
        await Latency.MeasureAsync(samples, _ => bare.QueryAsync(BareSql.Picklist, ("@v", "technology"))));
    await CustomFieldsBench.MeasureAsync(db, bare, Get, report, samples, options.Accounts);
    await SearchBench.MeasureAsync(db, bare, Get, report, samples, maxId / 2);
    await DuplicateCheckBench.MeasureAsync(db, bare, http, report, samples, maxId / 3);
    report.Read("Compte par id", await Latency.MeasureAsync(samples, _ => Get("/api/v1/accounts/" + random.NextInt64(1, maxId + 1))),
        await Latency.MeasureAsync(samples, _ => bare.QueryAsync(BareSql.ById, ("@id", random.NextInt64(1, maxId + 1)))));

    Console.Error.WriteLine("Pages HTML…");
    using (var browser = await Pages.SignInAsync(server.BaseAddress))
    {
        report.Page("Liste des comptes (HTML)", await Latency.MeasureAsync(samples, _ => Pages.GetAsync(browser, "/accounts")));
        report.Page("Fiche d'un compte (HTML)", await Latency.MeasureAsync(samples, _ => Pages.GetAsync(browser, "/accounts/" + random.NextInt64(1, maxId + 1))));
        // « Accueil » serves its charts from counts cached per visibility scope (Data/Charts/ChartCache): the first
        // visit computes them, uncounted; then the page, next to the same three GROUP BYs run bare (fewer runs: each reads every row).
        await Pages.GetAsync(browser, "/");
        report.Read("Accueil (HTML, graphiques) / GROUP BY nus", await Latency.MeasureAsync(samples, _ => Pages.GetAsync(browser, "/")),
            await Latency.MeasureAsync(options.Quick ? 20 : 5, _ => bare.HomeCountsAsync()));
    }

    Console.Error.WriteLine("Mise à jour en masse…");
    var mass = await MassBench.RunAsync(http, db, options.Accounts);
    report.Note(FormattableString.Invariant($"Mise à jour en masse de {mass.Rows:N0} comptes (API, tâche) : {mass.Api.TotalSeconds:F1} s la 1re fois (comptes comptables générés), {mass.ApiAgain.TotalSeconds:F1} s la 2e, UPDATE nu : {mass.Bare.TotalSeconds:F2} s (ratio {mass.Bare.TotalSeconds / mass.ApiAgain.TotalSeconds:P1})"));
}

Console.Error.WriteLine("Créations…");
var duration = TimeSpan.FromSeconds(options.Quick ? 3 : 15);
// Both sides first run uncounted until the JIT's tiers have settled (on 2 cores the server's tier-1
// recompilation competes with the requests for ~30 s after start): the rates are those of a running server.
var warmup = TimeSpan.FromSeconds(options.Quick ? 1 : 30);
// Realistic, varied accounts (as many « Boulangerie … » as real life has): each save also generates
// a ledger code from the name, and shared stems (BOULANGE…) exercise the clash suffixes.
var people = new FrenchData(42);
var rows = Enumerable.Range(0, 2000).Select(i => people.Next(i, 1, "Administrateur")).ToArray();
var payloads = rows.Select(a => JsonSerializer.Serialize(new Dictionary<string, object?>
{
    ["name"] = a.Name, ["phone"] = a.Phone, ["email"] = a.Email, ["website"] = a.Website, ["industry"] = a.Industry,
    ["accountType"] = a.AccountType, ["siret"] = a.Siret, ["employees"] = a.Employees,
    ["billingStreet"] = a.BillingStreet, ["billingPostalCode"] = a.BillingPostalCode, ["billingCity"] = a.BillingCity,
    ["billingCountry"] = a.BillingCountry, ["shippingStreet"] = a.ShippingStreet, ["shippingPostalCode"] = a.ShippingPostalCode,
    ["shippingCity"] = a.ShippingCity, ["shippingCountry"] = a.ShippingCountry, ["description"] = "Client depuis 2019.",
})).ToArray();
var refusals = new System.Collections.Concurrent.ConcurrentDictionary<int, string>();
report.ApiCreate = await Latency.ThroughputAsync(32, warmup, duration, async n =>
{
    using var content = new StringContent(payloads[n % payloads.Length], System.Text.Encoding.UTF8, "application/json");
    using var response = await http.PostAsync("/api/v1/accounts", content);
    if (response.StatusCode == System.Net.HttpStatusCode.Created) return true;
    // A refusal is a finding, not noise: say what it was (once per kind is enough to act on).
    var body = await response.Content.ReadAsStringAsync();
    if (refusals.TryAdd((int)response.StatusCode, body)) Console.Error.WriteLine($"Création refusée ({(int)response.StatusCode}) : {body}");
    return false;
});
// The bare twin inserts the same rows as the API (one identical row every time would keep hitting the
// same index pages, a locality no real workload has). SQLite has one writer: the bare twin funnels its
// writers through the server's own gate, its best case.
var writeGate = db.Kind == "sqlite" ? new Comptoir.Data.SqliteWriteGate() : null;
report.BareCreate = await Latency.ThroughputAsync(32, warmup, duration, async n =>
{
    using (writeGate is null ? null : await writeGate.EnterAsync(CancellationToken.None))
    {
        await using var connection = db.Open();
        await BareSql.InsertOneAsync(connection, rows[n % rows.Length], "BARE-" + n.ToString(CultureInfo.InvariantCulture));
        return true;
    }
});
report.PeakRssMiB = server.PeakRssMiB();

var markdown = report.ToMarkdown();
Console.WriteLine(markdown);
var file = Path.Combine(resultsDir, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{options.Db}-{options.Accounts}.json");
await File.WriteAllTextAsync(file, report.ToJson());
Console.Error.WriteLine($"Résultats : {file}");
