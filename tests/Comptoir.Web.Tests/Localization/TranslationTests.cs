using System.Text;

namespace Comptoir.Web.Tests.Localization;

/// <summary>
/// Every French sentence the code shows has an English entry in the right .resx, with the same
/// {n} placeholders. A failure lists what to add, file by file.
/// </summary>
public sealed class TranslationTests
{
    [Fact]
    public void Every_french_text_has_an_english_translation()
    {
        var report = new StringBuilder();
        foreach (var group in TranslationScanner.ScanSourceTree().GroupBy(u => u.Localizer).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var resx = TranslationScanner.EnglishResx(group.Key);
            var english = TranslationScanner.ReadResx(resx);
            var missing = group.Where(u => !english.ContainsKey(u.Key)).GroupBy(u => u.Key).ToList();
            if (missing.Count == 0) continue;
            report.AppendLine($"{TranslationScanner.Relative(resx)}{(File.Exists(resx) ? "" : " (file missing)")}: {missing.Count} missing");
            foreach (var key in missing)
                report.AppendLine($"  \"{key.Key}\"   ← {key.First().File}:{key.First().Line}");
        }
        Assert.True(report.Length == 0, "Texts without an English translation:\n" + report);
    }

    [Fact]
    public void English_translations_keep_the_placeholders_of_their_key()
    {
        var report = new StringBuilder();
        foreach (var resx in EnglishResxFiles())
            foreach (var (key, value) in TranslationScanner.ReadResx(resx))
            {
                if (string.IsNullOrWhiteSpace(value))
                    report.AppendLine($"{TranslationScanner.Relative(resx)}: \"{key}\" has an empty translation");
                else if (TranslationScanner.Placeholders(key) != TranslationScanner.Placeholders(value))
                    report.AppendLine($"{TranslationScanner.Relative(resx)}: \"{key}\" → \"{value}\" ({{{TranslationScanner.Placeholders(key)}}} ≠ {{{TranslationScanner.Placeholders(value)}}})");
            }
        Assert.True(report.Length == 0, "Translations whose placeholders differ from the key's:\n" + report);
    }

    // Without the neutral .resx, a ResourceManager asked for French throws instead of returning the key.
    [Fact]
    public void Every_english_resx_has_its_neutral_french_twin()
    {
        var orphans = EnglishResxFiles().Where(f => !File.Exists(f.Replace(".en.resx", ".resx", StringComparison.Ordinal)))
            .Select(TranslationScanner.Relative).ToList();
        Assert.True(orphans.Count == 0, "Add an empty neutral .resx beside: " + string.Join(", ", orphans));
    }

    [Fact]
    public void Scanner_sees_the_texts_of_the_domain_the_data_stores_the_layout_and_the_shared_infrastructure()
    {
        var uses = TranslationScanner.ScanSourceTree();
        Assert.Contains(uses, u => u is { Localizer: "Texts", Key: "« {0} » est obligatoire." });
        Assert.Contains(uses, u => u is { Localizer: "SharedText", Key: "Ventes", File: "src/Comptoir.Web/Features/Shared/_Layout.cshtml" });
        Assert.Contains(uses, u => u is { Localizer: "SharedText", Key: "Authentification requise" });
        // Data's own texts (stores' refusals), beside their marker class there.
        Assert.Contains(uses, u => u is { Localizer: "UserDirectoryText", Key: "L'identifiant est obligatoire.", File: "src/Comptoir.Data/Users/UserDirectory.cs" });
    }

    [Fact]
    public void Scanner_binds_each_localizer_by_its_declaration()
    {
        const string view = """
            @inject IStringLocalizer<Comptoir.Web.Features.Accounts.AccountsText> T
            <h1>@T["Modifier {0}", name]</h1> <p>@S["Ventes"]</p> @ViewData["Title"] @Model.T["Depuis le modèle"]
            <a title="@T["Dire \"bonjour\""]">@Texts.T("Oui")</a>
            """;
        var uses = TranslationScanner.Scan(view, "x.cshtml", new Dictionary<string, string> { ["S"] = "SharedText" })
            .Select(u => (u.Localizer, u.Key, u.Line)).ToList();

        Assert.Equal(
            [("Texts", "Oui", 3), ("AccountsText", "Modifier {0}", 2), ("SharedText", "Ventes", 2),
             ("AccountsText", "Depuis le modèle", 2), ("AccountsText", "Dire \"bonjour\"", 3)],
            uses);
    }

    [Fact]
    public void Scanner_reads_page_model_constructors_and_static_helpers()
    {
        const string code = """
            public sealed class NewModel(AccountStore store, IStringLocalizer<AccountsText> t) : PageModel
            {
                void Save() { TempData["Flash"] = t["Compte créé."].Value; Error = UsersText.T("Identifiant « {0} » pris.", name); }
            }
            """;
        var uses = TranslationScanner.Scan(code, "x.cs").Select(u => (u.Localizer, u.Key)).ToList();
        Assert.Equal([("UsersText", "Identifiant « {0} » pris."), ("AccountsText", "Compte créé.")], uses);
    }

    [Theory]
    [InlineData("« {0} » ne doit pas dépasser {1} caractères ({2} saisis).", "0,1,2")]
    [InlineData("{1} puis {0} puis {0}", "0,1")]
    [InlineData("Total : {0:N2} €", "0")]
    [InlineData("Aucun", "")]
    public void Placeholders_are_compared_as_sets(string text, string expected) =>
        Assert.Equal(expected, TranslationScanner.Placeholders(text));

    private static IEnumerable<string> EnglishResxFiles() =>
        Directory.EnumerateFiles(Path.Combine(TranslationScanner.RepositoryRoot, "src"), "*.en.resx", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));
}
