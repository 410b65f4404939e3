using System.Text.RegularExpressions;
using Comptoir.Web.Tests.Localization;

namespace Comptoir.Web.Tests.Markup;

/// <summary>
/// The Content-Security-Policy allows styles from site.css only (style-src 'self'): a style attribute
/// or a style element in a view, or a style written by our scripts, would be refused by the browser.
/// The browser tests see the pages they visit; this sees every view and script.
/// </summary>
public sealed partial class NoInlineStyleTests
{
    [Fact]
    public void No_view_or_script_of_ours_writes_an_inline_style()
    {
        var web = Path.Combine(TranslationScanner.RepositoryRoot, "src", "Comptoir.Web");
        var views = Directory.EnumerateFiles(Path.Combine(web, "Features"), "*.cshtml", SearchOption.AllDirectories);
        var scripts = Directory.EnumerateFiles(Path.Combine(web, "wwwroot", "js"), "*.js", SearchOption.AllDirectories);

        var found = views.SelectMany(f => Matches(f, StyleInMarkup()))
            .Concat(scripts.SelectMany(f => Matches(f, StyleInScript())))
            .ToList();

        Assert.True(found.Count == 0, "Inline styles (use a class in wwwroot/css/site.css):\n" + string.Join("\n", found));
    }

    [Theory]
    [InlineData("<input style=\"max-width: 10rem\" />", true)]
    [InlineData("<div class=\"x\" STYLE='color:red'>", true)]
    [InlineData("<style>.a{}</style>", true)]
    [InlineData("<div class=\"text-style-muted\" data-style=\"x\">", false)]
    public void Markup_pattern_sees_style_attributes_and_elements(string html, bool inline) =>
        Assert.Equal(inline, StyleInMarkup().IsMatch(html));

    [Theory]
    [InlineData("handle.style.cursor = 'grab';", true)]
    [InlineData("node.setAttribute('style', 'display:none')", true)]
    [InlineData("el.style.cssText = ''", true)]
    [InlineData("holder.className = 'd-contents';", false)]
    public void Script_pattern_sees_styles_written_from_code(string code, bool inline) =>
        Assert.Equal(inline, StyleInScript().IsMatch(code));

    private static IEnumerable<string> Matches(string file, Regex pattern)
    {
        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
            if (pattern.IsMatch(lines[i]))
                yield return $"{TranslationScanner.Relative(file)}:{i + 1}: {lines[i].Trim()}";
    }

    // A style="…" attribute (not data-style) or a <style> element.
    [GeneratedRegex(@"(?<![\w-])style\s*=|<style[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex StyleInMarkup();

    // element.style.x = …, element.style.cssText, setAttribute('style', …).
    [GeneratedRegex(@"\.style\.\w+\s*=|setAttribute\(\s*['""]style['""]")]
    private static partial Regex StyleInScript();
}
