using System.Reflection;
using System.Text.RegularExpressions;
using Comptoir.Core.Localization;
using Comptoir.Data;
using Comptoir.Web.Tests.Localization;

namespace Comptoir.Web.Tests.Architecture;

/// <summary>
/// The layering rules of docs/architecture.md, checked on the assemblies and on the source tree, so that a
/// change that breaks one fails here with the file and line instead of slipping into review.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly Assembly Core = typeof(FeatureText<>).Assembly;
    private static readonly Assembly Data = typeof(AppDbContext).Assembly;

    [Fact]
    public void Core_references_neither_EF_Core_nor_ASP_NET_Core()
    {
        var offending = Core.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
                     || n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
                     || n.StartsWith("Comptoir.", StringComparison.Ordinal));
        Assert.Empty(offending);
    }

    [Fact]
    public void Data_references_no_Web()
    {
        var offending = Data.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => n == "Comptoir.Web" || n.StartsWith("Microsoft.AspNetCore.Mvc", StringComparison.Ordinal));
        Assert.Empty(offending);
    }

    [Fact]
    public void Web_never_touches_the_database_context()
    {
        var uses = Matches(DbContext(), file => file.StartsWith("src/Comptoir.Web/", StringComparison.Ordinal));
        Assert.True(uses.Count == 0, "AppDbContext in Comptoir.Web (go through a Data service):\n" + string.Join('\n', uses));
    }

    [Fact]
    public void Field_types_are_looked_up_not_tested_for_outside_their_folder()
    {
        var uses = Matches(FieldTypeTest(), file => !Segments(file).Contains("FieldTypes"));
        Assert.True(uses.Count == 0, "A check on a field type outside FieldTypes/ (ask the type's bundle instead):\n" + string.Join('\n', uses));
    }

    [Fact]
    public void Modules_are_not_switched_on_outside_their_own_folder()
    {
        var folders = ModuleFolders();
        var uses = new List<string>();
        foreach (var file in SourceFiles())
        {
            var text = File.ReadAllText(Path.Combine(TranslationScanner.RepositoryRoot, file));
            foreach (Match m in ModuleTest().Matches(text))
            {
                var module = m.Groups["const"].Success ? m.Groups["const"].Value : m.Groups["literal"].Value;
                if (!folders.TryGetValue(module, out var own)) continue; // a literal that names no module
                if (!Segments(file).Overlaps(own)) uses.Add($"{file}:{LineOf(text, m.Index)}: {m.Value.Trim()}");
            }
        }
        Assert.True(uses.Count == 0, "A switch on a module's name outside that module's folder (read its registration instead):\n" + string.Join('\n', uses));
    }

    /// <summary>
    /// The rule above needs the module names to exist: a test that found none would pass for nothing.
    /// </summary>
    [Fact]
    public void The_module_rule_knows_every_module_of_core()
    {
        var folders = ModuleFolders();
        Assert.Contains("accounts", folders.Keys);
        Assert.Contains("AccountsModule", folders.Keys);
        Assert.Contains("Accounts", folders["accounts"]);
        Assert.Contains("PriceLists", folders["price-lists"]);
    }

    /// <summary>
    /// For each module class of Core (a static class with a <c>const string Name</c>, e.g. AccountsModule), the
    /// folders that are its own: its Core folder (Accounts, Pricing…) and the folder named after the module
    /// (LedgerAccounts, PriceLists…); keyed by its name (« accounts ») and by its class name.
    /// </summary>
    private static Dictionary<string, HashSet<string>> ModuleFolders()
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in Core.GetTypes().Where(t => t.Name.EndsWith("Module", StringComparison.Ordinal)))
        {
            if (type.GetField("Name", BindingFlags.Public | BindingFlags.Static) is not { IsLiteral: true } field) continue;
            var name = (string)field.GetRawConstantValue()!;
            var folders = new HashSet<string>(StringComparer.Ordinal)
            {
                type.Namespace!.Split('.').Last(),
                string.Concat(name.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..])),
            };
            result[name] = folders;
            result[type.Name] = folders;
        }
        return result;
    }

    private static List<string> Matches(Regex rule, Func<string, bool> applies)
    {
        var found = new List<string>();
        foreach (var file in SourceFiles().Where(applies))
        {
            var text = File.ReadAllText(Path.Combine(TranslationScanner.RepositoryRoot, file));
            foreach (Match m in rule.Matches(text)) found.Add($"{file}:{LineOf(text, m.Index)}: {m.Value.Trim()}");
        }
        return found;
    }

    /// <summary>Source files of src/ relative to the repository, with « / »; EF migrations are generated and left out.</summary>
    private static IEnumerable<string> SourceFiles() => TranslationScanner.SourceFiles()
        .Select(f => Path.GetRelativePath(TranslationScanner.RepositoryRoot, f).Replace('\\', '/'))
        .Where(f => !Segments(f).Contains("Migrations"));

    private static HashSet<string> Segments(string file) => file.Split('/').SkipLast(1).ToHashSet(StringComparer.Ordinal);

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    [GeneratedRegex(@"\bAppDbContext\b")]
    private static partial Regex DbContext();

    /// <summary><c>is XFieldType</c>, <c>as XFieldType</c>, and comparing or switching on an editor's name.</summary>
    [GeneratedRegex(@"\b(is|as)\s+(not\s+)?([\w.]+\.)?[A-Z]\w*FieldType\b|\.Editor\s*(==|!=|switch\b)|switch\s*\([^)]*\.Editor\s*\)")]
    private static partial Regex FieldTypeTest();

    /// <summary>A comparison, pattern or case on a module's name, written as its constant or as the literal.</summary>
    [GeneratedRegex("""(\b(case|is|or|and)\s+|[=!]=\s*)((Core\.\w+\.)?(?<const>\w+Module)\.Name\b|"(?<literal>[a-z][a-z-]*)")|((Core\.\w+\.)?(?<const>\w+Module)\.Name|"(?<literal>[a-z][a-z-]*)")\s*(=>|[=!]=|\bor\b)""")]
    private static partial Regex ModuleTest();
}
