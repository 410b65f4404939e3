using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Comptoir.Web.Tests.Localization;

/// <summary>A French key as the source uses it: which localizer class translates it, and where it was seen.</summary>
public sealed record TextUse(string Localizer, string Key, string File, int Line);

/// <summary>
/// Finds every translatable sentence in the source tree: <c>Texts.T("…")</c>, <c>SharedText.T("…")</c>,
/// <c>XxxText.T("…")</c>, and <c>name["…"]</c> where <c>name</c> is an <c>IStringLocalizer&lt;XxxText&gt;</c>
/// injected in the view, a <c>_ViewImports.cshtml</c> above it, its page model, or the C# file itself.
/// </summary>
public static partial class TranslationScanner
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Where each localizer's English lives: beside its class (FeatureText's rule).</summary>
    public static string EnglishResx(string localizer) =>
        Path.Combine(Path.GetDirectoryName(MarkerFile(localizer) ?? Path.Combine(RepositoryRoot, "src", "?", localizer))!, localizer + ".en.resx");

    public static string? MarkerFile(string localizer) =>
        SourceFiles().FirstOrDefault(f => Path.GetFileName(f) == localizer + ".cs");

    public static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    public static IReadOnlyList<TextUse> ScanSourceTree() =>
        SourceFiles().SelectMany(f => Scan(File.ReadAllText(f), Relative(f), InheritedLocalizers(f))).ToList();

    /// <summary>The uses in one file's text; <paramref name="inherited"/> maps variable names bound elsewhere to localizer classes.</summary>
    public static IEnumerable<TextUse> Scan(string text, string file, IReadOnlyDictionary<string, string>? inherited = null)
    {
        var names = new Dictionary<string, string>(inherited ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (name, localizer) in Declarations(text)) names[name] = localizer;

        foreach (Match m in StaticCall().Matches(text))
        {
            var localizer = m.Groups["class"].Value;
            if (localizer == "Texts" || localizer.EndsWith("Text", StringComparison.Ordinal))
                yield return new TextUse(localizer, Unescape(m.Groups["key"].Value), file, LineOf(text, m.Index));
        }
        foreach (Match m in Indexer().Matches(text))
        {
            if (names.TryGetValue(m.Groups["name"].Value, out var localizer))
                yield return new TextUse(localizer, Unescape(m.Groups["key"].Value), file, LineOf(text, m.Index));
        }
    }

    /// <summary>Localizers a Razor file gets from the _ViewImports above it and from its page model.</summary>
    private static Dictionary<string, string> InheritedLocalizers(string file)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!file.EndsWith(".cshtml", StringComparison.Ordinal)) return names;
        var imports = new List<string>();
        for (var dir = Path.GetDirectoryName(file); dir is not null && dir.StartsWith(RepositoryRoot, StringComparison.Ordinal); dir = Path.GetDirectoryName(dir))
        {
            var viewImports = Path.Combine(dir, "_ViewImports.cshtml");
            if (File.Exists(viewImports)) imports.Insert(0, viewImports);
        }
        if (File.Exists(file + ".cs")) imports.Add(file + ".cs");
        foreach (var source in imports)
            foreach (var (name, localizer) in Declarations(File.ReadAllText(source))) names[name] = localizer;
        return names;
    }

    private static IEnumerable<(string Name, string Localizer)> Declarations(string text) =>
        Declaration().Matches(text).Select(m => (m.Groups["name"].Value, m.Groups["class"].Value));

    /// <summary>The entries of a .resx file (missing file: none).</summary>
    public static Dictionary<string, string> ReadResx(string path)
    {
        if (!File.Exists(path)) return new(StringComparer.Ordinal);
        return XDocument.Load(path).Root!.Elements("data")
            .Where(d => d.Attribute("type") is null)
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "", StringComparer.Ordinal);
    }

    public static string Placeholders(string text) =>
        string.Join(",", Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal));

    public static string Relative(string path) => Path.GetRelativePath(RepositoryRoot, path).Replace('\\', '/');

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    private static string Unescape(string literal)
    {
        if (!literal.Contains('\\', StringComparison.Ordinal)) return literal;
        var sb = new StringBuilder(literal.Length);
        for (var i = 0; i < literal.Length; i++)
        {
            if (literal[i] != '\\' || i + 1 == literal.Length) { sb.Append(literal[i]); continue; }
            var c = literal[++i];
            switch (c)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'u' when i + 4 < literal.Length:
                    sb.Append((char)Convert.ToInt32(literal.Substring(i + 1, 4), 16));
                    i += 4;
                    break;
                default: sb.Append(c); break;   // \" \\ \'
            }
        }
        return sb.ToString();
    }

    // The build output may live outside the repository (--artifacts-path): this source file's path finds it too.
    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile)! })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Comptoir.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"Comptoir.slnx not found above {AppContext.BaseDirectory} nor {sourceFile}");
    }

    // IStringLocalizer<AccountsText> T, IStringLocalizer<Comptoir.Web.Features.Accounts.AccountsText> t, IHtmlLocalizer<…> x
    [GeneratedRegex(@"I(?:String|Html)Localizer<(?:[\w.]+\.)?(?<class>\w+)>\s+(?<name>\w+)")]
    private static partial Regex Declaration();

    // Texts.T("…"  SharedText.T("…", args)
    [GeneratedRegex(@"(?<![\w.])(?:[\w.]+\.)?(?<class>\w+)\.T\(\s*""(?<key>(?:[^""\\\r\n]|\\.)*)""")]
    private static partial Regex StaticCall();

    // S["…"]  T["…", args]  Model.T["…"]
    [GeneratedRegex(@"(?<![\w])(?<name>\w+)\[\s*""(?<key>(?:[^""\\\r\n]|\\.)*)""\s*[,\]]")]
    private static partial Regex Indexer();

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
